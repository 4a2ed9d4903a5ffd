package io.lockernet.api.protocol;

import java.time.Instant;
import java.util.List;

/**
 * Shepherd to locker (v1.1, to lockers that asked for it in {@code hello}): the Core's broker has taken the locker's
 * frames with these {@code seqs}; the locker may forget them. Frames not acknowledged are replayed after the next
 * {@code welcome}.
 */
public record Ack(String locker, long seq, Instant ts, List<Long> seqs) implements LockerMessage {
    public Ack {
        seqs = List.copyOf(seqs);
    }
}
