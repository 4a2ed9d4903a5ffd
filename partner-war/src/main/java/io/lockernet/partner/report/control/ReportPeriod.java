package io.lockernet.partner.report.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The days a report covers, {@code from} to {@code to} inclusive, in the retailer's time zone: at most
 * {@value #MAX_DAYS} days, so that a report reads at most a year of facts.
 */
public record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    public static final int MAX_DAYS = 366;

    public ReportPeriod {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("a report covers at most " + MAX_DAYS + " days, not "
                    + (ChronoUnit.DAYS.between(from, to) + 1));
        }
    }

    /** The period of two dates as written in a query (YYYY-MM-DD); an {@link IllegalArgumentException} says what is wrong. */
    public static ReportPeriod parse(String from, String to, ZoneId zone) {
        return new ReportPeriod(date("from", from), date("to", to), zone);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required, a date as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date as YYYY-MM-DD, not '" + value + "'");
        }
    }

    /** The first moment of the period. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    /** The day of the period a moment falls on, in the retailer's time zone. */
    public LocalDate dayOf(Instant at) {
        return at.atZone(zone).toLocalDate();
    }
}
