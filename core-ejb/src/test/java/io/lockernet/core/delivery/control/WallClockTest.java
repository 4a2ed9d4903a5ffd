package io.lockernet.core.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WallClockTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void onTheDayTheClocksGoForwardTenOClockIsStillTenOClock() {
        LocalDate spring = LocalDate.of(2026, 3, 29);
        assertEquals(Instant.parse("2026-03-29T08:00:00Z"), WallClock.at(spring, 600, BERLIN), "10:00 CEST");
        assertEquals(600, WallClock.minuteOf(spring, Instant.parse("2026-03-29T08:00:00Z"), BERLIN));
    }

    @Test
    void onTheDayTheClocksGoBackEightInTheEveningIsStillEight() {
        LocalDate autumn = LocalDate.of(2026, 10, 25);
        assertEquals(Instant.parse("2026-10-25T19:00:00Z"), WallClock.at(autumn, 20 * 60, BERLIN), "20:00 CET");
        assertEquals(20 * 60, WallClock.minuteOf(autumn, Instant.parse("2026-10-25T19:00:00Z"), BERLIN));
    }

    @Test
    void onAnOrdinaryDayItIsPlainArithmetic() {
        LocalDate day = LocalDate.of(2026, 12, 4);
        assertEquals(Instant.parse("2026-12-04T13:30:00Z"), WallClock.at(day, 14 * 60 + 30, BERLIN));
        assertEquals(14 * 60 + 30, WallClock.minuteOf(day, Instant.parse("2026-12-04T13:30:00Z"), BERLIN));
    }
}
