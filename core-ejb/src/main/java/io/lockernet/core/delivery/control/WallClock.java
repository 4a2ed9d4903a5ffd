package io.lockernet.core.delivery.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The planner counts a day in minutes after midnight as a clock on the wall shows them (opening hours, shift ends):
 * turned into instants and back in the delivery zone by the wall clock, not by elapsed time, so that on a day the
 * clocks change, 10:00 is still 10:00.
 */
public final class WallClock {

    private WallClock() {
    }

    /** The instant the wall clock in {@code zone} shows {@code minute} minutes after midnight of {@code day}. */
    public static Instant at(LocalDate day, int minute, ZoneId zone) {
        return day.atStartOfDay().plusMinutes(minute).atZone(zone).toInstant();
    }

    /** What the wall clock in {@code zone} shows at {@code at}, in minutes after midnight of {@code day}. */
    public static int minuteOf(LocalDate day, Instant at, ZoneId zone) {
        return (int) Duration.between(day.atStartOfDay(), at.atZone(zone).toLocalDateTime()).toMinutes();
    }
}
