package io.lockernet.routing.control;

import static io.lockernet.routing.SmallTown.DEPOT;
import static io.lockernet.routing.SmallTown.km;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.routing.entity.CourierShift;
import io.lockernet.routing.entity.LockerSite;
import io.lockernet.routing.entity.SizeClass;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteClockTest {

    private static final Pace PACE = new Pace(500, 3, 1);

    private static LockerSite open(int opens, int closes) {
        return new LockerSite("l", km(5, 0), opens, closes, Map.of(SizeClass.M, 10), true);
    }

    @Test
    void aVanEarlierThanTheOpeningWaitsAndIsNotLate() {
        var shift = new CourierShift("c", DEPOT, 6 * 60, 14 * 60, 10);
        var day = RouteClock.drive(shift, List.of(new RouteClock.Call(open(7 * 60, 22 * 60), 2)), PACE);
        var stop = day.stops().get(0);
        assertEquals(6 * 60 + 10, stop.arrival(), "5 km at 500 m/min");
        assertEquals(7 * 60 + 5, stop.departure(), "waits for 7:00, then 3 min + 2 × 1 min");
        assertFalse(stop.late());
        assertEquals(7 * 60 + 15, day.returnMinute());
        assertEquals(10_000, day.metres(), 50);
    }

    @Test
    void aCourierStillAtTheLockerAfterItClosesIsLate() {
        var shift = new CourierShift("c", DEPOT, 8 * 60, 16 * 60, 10);
        var day = RouteClock.drive(shift, List.of(new RouteClock.Call(open(0, 8 * 60 + 12), 2)), PACE);
        assertTrue(day.stops().get(0).late());
        assertEquals(3, day.minutesLate(), "arrives 8:10, done 8:15, closed at 8:12");
        assertEquals(1, day.lateStops());
    }

    @Test
    void aVanBackAfterTheShiftCountsItsMinutesLateButNoLateStop() {
        var shift = new CourierShift("c", DEPOT, 8 * 60, 8 * 60 + 20, 10);
        var day = RouteClock.drive(shift, List.of(new RouteClock.Call(open(0, 24 * 60), 0)), PACE);
        assertEquals(0, day.lateStops());
        assertEquals(3, day.minutesLate(), "back at 8:23 from a shift to 8:20");
    }

    @Test
    void aVanWithoutStopsOnAShiftAlreadyOverIsNotLate() {
        var over = new CourierShift("c", DEPOT, 17 * 60, 16 * 60, 10);
        var day = RouteClock.drive(over, List.of(), PACE);
        assertEquals(0, day.minutesLate());
        assertEquals(0, day.metres());
    }
}
