package io.lockernet.partner.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aPeriodRunsFromTheStartOfItsFirstDayToTheStartOfTheDayAfterItsLastInTheRetailersZone() {
        ReportPeriod period = ReportPeriod.parse("2026-11-01", "2026-11-30", BERLIN);
        assertEquals(Instant.parse("2026-10-31T23:00:00Z"), period.start());
        assertEquals(Instant.parse("2026-11-30T23:00:00Z"), period.end());
        assertEquals(30, period.days().size());
        assertEquals(LocalDate.parse("2026-11-30"), period.days().get(29));
    }

    @Test
    void aMomentLateInTheEveningUtcBelongsToTheNextDayEastOfUtc() {
        ReportPeriod period = ReportPeriod.parse("2026-11-01", "2026-11-02", BERLIN);
        assertEquals(LocalDate.parse("2026-11-02"), period.dayOf(Instant.parse("2026-11-01T23:30:00Z")));
    }

    @Test
    void oneDayIsAPeriodAndSoIsAYearOf366Days() {
        assertEquals(1, ReportPeriod.parse("2026-11-01", "2026-11-01", ZoneOffset.UTC).days().size());
        assertEquals(366, ReportPeriod.parse("2027-01-01", "2028-01-01", ZoneOffset.UTC).days().size());
    }

    @Test
    void aLongerPeriodIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportPeriod.parse("2027-01-01", "2028-01-02", ZoneOffset.UTC));
        assertTrue(e.getMessage().contains("366"), e.getMessage());
    }

    @Test
    void fromAfterToIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse("2026-11-02", "2026-11-01", BERLIN));
    }

    @Test
    void missingOrMalformedDatesAreRefusedNamingTheField() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse(null, "2026-11-01", BERLIN))
                .getMessage().startsWith("from"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse("2026-11-01", "1.12.2026",
                BERLIN)).getMessage().startsWith("to"));
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.parse("2026-02-30", "2026-03-01", BERLIN));
    }
}
