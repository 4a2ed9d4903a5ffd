package io.lockernet.routing.control;

import io.lockernet.routing.entity.RoutingProblem;

/**
 * How fast a courier drives and how long a stop takes.
 *
 * @param speedMetresPerMinute average speed over the great-circle distance
 * @param minutesPerStop minutes per stop, however many parcels
 * @param minutesPerParcel minutes per parcel put in
 */
public record Pace(double speedMetresPerMinute, int minutesPerStop, int minutesPerParcel) {

    public static Pace of(RoutingProblem problem) {
        return new Pace(problem.speedMetresPerMinute(), problem.minutesPerStop(), problem.minutesPerParcel());
    }

    /** Whole minutes, rounded up: a plan that promises an arrival a minute early is the one that goes wrong. */
    public int drivingMinutes(double metres) {
        return (int) Math.ceil(metres / speedMetresPerMinute);
    }

    public int serviceMinutes(int parcels) {
        return minutesPerStop + parcels * minutesPerParcel;
    }
}
