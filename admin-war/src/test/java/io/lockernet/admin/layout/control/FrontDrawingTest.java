package io.lockernet.admin.layout.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lockernet.api.core.LayoutCompartmentView;
import io.lockernet.api.core.LayoutView;
import io.lockernet.api.layout.LayoutRules;
import io.lockernet.api.layout.LockerLayout;
import io.lockernet.api.layout.ModuleKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontDrawingTest {

    private static final int WALL = LayoutRules.WALL_MM;

    /** A control module (S over M) beside a wide one (one XL). */
    private static FrontDrawing drawing() {
        LockerLayout layout = new LockerLayout(List.of(
                new LockerLayout.Module("control", List.of(new LockerLayout.Compartment("A1", "s"),
                        new LockerLayout.Compartment("A2", "m"))),
                new LockerLayout.Module("wide", List.of(new LockerLayout.Compartment("B1", "xl")))));
        List<LayoutCompartmentView> placed = LayoutRules.place(layout).stream().map(LayoutCompartmentView::of)
                .toList();
        return FrontDrawing.of(new LayoutView("L-0009", 1, "layout-v1", "SENT", null, "installer-north", null, null,
                layout, placed));
    }

    @Test
    void modulesStandLeftToRightWithAWallBetweenThem() {
        FrontDrawing drawing = drawing();
        assertEquals(List.of("A", "B"), drawing.columns().stream().map(FrontDrawing.Column::letter).toList());
        assertEquals(WALL, drawing.columns().get(0).x());
        assertEquals(WALL + 400 + WALL, drawing.columns().get(1).x());
        assertEquals(WALL + 400 + WALL + 600 + WALL, drawing.widthMm());
    }

    @Test
    void onlyTheControlModuleHasItsScreenAndKeypadAboveItsCompartments() {
        FrontDrawing drawing = drawing();
        assertEquals(ModuleKind.NARROW.usableHeightMm() - ModuleKind.CONTROL.usableHeightMm(),
                drawing.columns().get(0).screenHeight());
        assertEquals(0, drawing.columns().get(1).screenHeight());
    }

    @Test
    void doorsFollowTheLockChannelsFromTheTopOfEachModule() {
        List<FrontDrawing.Door> doors = drawing().doors();
        assertEquals(List.of("A1", "A2", "B1"), doors.stream().map(FrontDrawing.Door::name).toList());
        assertEquals(List.of(1, 2, 3), doors.stream().map(FrontDrawing.Door::channel).toList());
        FrontDrawing.Door a1 = doors.get(0);
        FrontDrawing.Door a2 = doors.get(1);
        assertEquals(a2.y() - WALL, a1.y() + a1.height(), "A1 sits a wall above A2");
    }

    @Test
    void theBottomDoorOfEachModuleStandsOnThePlinth() {
        FrontDrawing drawing = drawing();
        FrontDrawing.Door a2 = drawing.doors().get(1);
        FrontDrawing.Door b1 = drawing.doors().get(2);
        assertEquals(drawing.plinthTopY(), a2.y() + a2.height());
        assertEquals(drawing.plinthTopY(), b1.y() + b1.height());
        assertEquals(drawing.columns().get(1).x(), b1.x());
        assertEquals(600, b1.width());
    }
}
