package io.lockernet.routing.control;

import io.lockernet.routing.entity.CourierShift;
import io.lockernet.routing.entity.LockerSite;
import io.lockernet.routing.entity.Place;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives one van through its stops and tells when it is where. The van leaves the depot at the shift's start; at a
 * locker not yet open it waits; a stop is late when the courier is still there after the locker closes or after the
 * shift ends. Both planners and the solver's constraints use this one clock, so their figures agree.
 */
public final class RouteClock {

    private RouteClock() {
    }

    /**
     * One stop to time.
     *
     * @param locker where
     * @param parcels how many parcels go in
     */
    public record Call(LockerSite locker, int parcels) {
    }

    /**
     * One stop, timed.
     *
     * @param arrival minute the van gets there
     * @param departure minute the courier leaves, all parcels in
     * @param minutesLate minutes past the locker's closing or the shift's end (0: on time)
     */
    public record Timed(int arrival, int departure, int minutesLate) {

        public boolean late() {
            return minutesLate > 0;
        }
    }

    /**
     * A van's day.
     *
     * @param stops each call, timed, in order
     * @param metres depot to depot
     * @param returnMinute when the van is back at the depot
     * @param minutesLate minutes late summed over the stops, plus the minutes the van is back after the shift's end
     */
    public record Day(List<Timed> stops, double metres, int returnMinute, int minutesLate) {

        public int lateStops() {
            return (int) stops.stream().filter(Timed::late).count();
        }
    }

    public static Day drive(CourierShift shift, List<Call> calls, Pace pace) {
        if (calls.isEmpty()) {
            // a van with nothing to deliver does not leave, so even a shift that is already over is not late
            return new Day(List.of(), 0, shift.startMinute(), 0);
        }
        var timed = new ArrayList<Timed>(calls.size());
        Place at = shift.depot();
        int clock = shift.startMinute();
        double metres = 0;
        int minutesLate = 0;
        for (var call : calls) {
            double leg = at.metresTo(call.locker().place());
            metres += leg;
            int arrival = clock + pace.drivingMinutes(leg);
            int departure = Math.max(arrival, call.locker().opensMinute()) + pace.serviceMinutes(call.parcels());
            int late = Math.max(0, departure - Math.min(call.locker().closesMinute(), shift.endMinute()));
            timed.add(new Timed(arrival, departure, late));
            minutesLate += late;
            at = call.locker().place();
            clock = departure;
        }
        double home = at.metresTo(shift.depot());
        int back = clock + pace.drivingMinutes(home);
        minutesLate += Math.max(0, back - shift.endMinute());
        return new Day(timed, metres + home, back, minutesLate);
    }
}
