package io.lockernet.admin.layout.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lockernet.api.core.CompartmentView;
import io.lockernet.api.layout.LayoutRules;
import io.lockernet.api.layout.LockerLayout;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartingLayoutTest {

    private static CompartmentView c(String name, String size, Integer module, boolean low, String special) {
        return new CompartmentView(name, size, "AVAILABLE", module, 400, 190, 600, low, special);
    }

    @Test
    void startsFromTheCompartmentsModuleByModuleTopDownWithTheirSizeClasses() {
        LockerLayout layout = StartingLayout.of(List.of(
                c("B2", "M", 2, false, null), c("A10", "S", 1, false, null), c("A2", "S", 1, false, null),
                c("B1", "L", 2, false, null), c("A1", "XS", 1, false, null), c("B3", "M", 2, true, null)));
        assertEquals(List.of("A1", "A2", "A10"), layout.modules().get(0).compartments().stream()
                .map(LockerLayout.Compartment::name).toList());
        assertEquals(List.of("l", "m", "low"), layout.modules().get(1).compartments().stream()
                .map(LockerLayout.Compartment::type).toList());
    }

    @Test
    void takesAsControlModuleTheFirstThatKeepsTheRules() {
        // module A is too full for a control module (screen and keypad on top), module B is not
        LockerLayout layout = StartingLayout.of(List.of(
                c("A1", "L", 1, false, null), c("A2", "L", 1, false, null), c("A3", "L", 1, false, null),
                c("A4", "M", 1, false, null), c("B1", "S", 2, false, null), c("B2", "M", 2, true, null)));
        assertEquals(List.of("narrow", "control"), layout.modules().stream().map(LockerLayout.Module::kind).toList());
        assertEquals(List.of(), LayoutRules.problems(layout));
    }

    @Test
    void aRollerShutterOrAnXlMakesItsModuleWide() {
        LockerLayout layout = StartingLayout.of(List.of(c("A1", "M", 1, false, null),
                c("B1", "XXL", 2, false, "ROLLER_SHUTTER"), c("C1", "XL", 3, false, null)));
        assertEquals(List.of("control", "wide", "wide"), layout.modules().stream().map(LockerLayout.Module::kind)
                .toList());
        assertEquals("roller-shutter", layout.modules().get(1).compartments().get(0).type());
    }

    @Test
    void noCompartmentsIsAnEmptyLockerAndAnUnknownSizeIsLeftForTheOperator() {
        assertEquals(WizardJson.EMPTY_LOCKER, StartingLayout.of(List.of()));
        assertEquals("", StartingLayout.type(c("A1", "XXXL", 1, false, null)));
    }
}
