package io.lockernet.api.core;

import java.time.Instant;

/**
 * A reservation: which compartment it holds and where it is in its life (RESERVED, DEPOSITED, COLLECTED,
 * RETRIEVED, EXPIRED, CANCELLED), and what for ({@code purpose} DEPOSIT or DROP_OFF). {@code pickupCode} (the return
 * code of a DROP_OFF) is present only in the answer that created it: the Core keeps nothing but a salted hash.
 */
public record ReservationView(String id, String locker, String compartment, String size, String state,
                              String parcelRef, Instant createdAt, Instant expiresAt, Instant depositedAt,
                              Instant endedAt, boolean codeUsed, String pickupCode, String purpose) {
}
