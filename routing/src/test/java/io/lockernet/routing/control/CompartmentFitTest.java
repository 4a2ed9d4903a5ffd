package io.lockernet.routing.control;

import static io.lockernet.routing.SmallTown.km;
import static io.lockernet.routing.SmallTown.locker;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lockernet.routing.entity.SizeClass;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompartmentFitTest {

    @Test
    void aSmallParcelTakesALargerCompartmentWhenItsOwnSizeIsFull() {
        var site = locker("a", km(1, 1), Map.of(SizeClass.S, 1, SizeClass.L, 1));
        assertEquals(0, CompartmentFit.overflow(site, List.of(SizeClass.S, SizeClass.XS)));
    }

    @Test
    void largeParcelsAreFittedFirstSoASmallOneDoesNotTakeTheirCompartment() {
        // in the order given, the first-come S would take the only L and the L would not fit
        var site = locker("a", km(1, 1), Map.of(SizeClass.M, 1, SizeClass.L, 1));
        assertEquals(0, CompartmentFit.overflow(site, List.of(SizeClass.S, SizeClass.L)));
    }

    @Test
    void aParcelLargerThanEveryFreeCompartmentOverflows() {
        var site = locker("a", km(1, 1), Map.of(SizeClass.XS, 5, SizeClass.M, 1));
        assertEquals(2, CompartmentFit.overflow(site, List.of(SizeClass.L, SizeClass.M, SizeClass.XXL)));
    }

    @Test
    void anOfflineLockerTakesNothing() {
        var site = locker("a", km(1, 1), 10, SizeClass.values()).withOnline(false);
        assertEquals(2, CompartmentFit.overflow(site, List.of(SizeClass.S, SizeClass.M)));
    }
}
