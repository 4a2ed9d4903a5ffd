package io.lockernet.api.core;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An alarm as operators see it. {@code locker} and {@code compartment} are set for alarms about a locker; {@code subject}
 * for others (a deployment and the caller it refused). {@code times} counts how often the same problem was raised
 * while the alarm was open; {@code lastRaisedAt} is the latest.
 */
public record AlarmView(
        @Schema(example = "42") long id,
        @Schema(example = "CODE_GUESSING") String kind,
        @Schema(example = "L-0001") String locker,
        String compartment,
        String subject,
        @Schema(example = "5 wrong codes within 15 minutes: the keypad takes none for 15 minutes") String detail,
        @Schema(example = "1") long times,
        @Schema(example = "2026-12-03T10:15:00Z") Instant raisedAt,
        @Schema(example = "2026-12-03T10:15:00Z") Instant lastRaisedAt,
        @Schema(example = "true") boolean open,
        @Schema(description = "When someone first said they are on it; absent until then") Instant acknowledgedAt,
        @Schema(example = "fleet-north") String acknowledgedBy,
        @Schema(example = "fleet-north", description = "Whose it is; absent: nobody's") String assignee,
        Instant resolvedAt,
        @Schema(example = "fleet-north") String resolvedBy,
        @Schema(example = "the customer was let in by the store manager") String resolution,
        @Schema(description = "What was done about it, oldest first (only when one alarm is asked for)")
        List<AlarmEntryView> history) {
}
