package io.lockernet.api.core;

import java.time.Instant;

/**
 * An alarm as operators see it. {@code locker} and {@code compartment} are set for alarms about a locker; {@code subject}
 * for others (a deployment and the caller it refused). {@code times} counts how often the same problem was raised
 * while the alarm was open; {@code lastRaisedAt} is the latest.
 */
public record AlarmView(long id, String kind, String locker, String compartment, String subject, String detail,
                        long times, Instant raisedAt, Instant lastRaisedAt, boolean open) {
}
