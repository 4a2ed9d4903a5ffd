package io.lockernet.partner.hold.control;

import java.time.Instant;

/** A hold's one-time code on its way to the customer, with what the message needs. */
public record CodeToSend(String reservation, String reference, String customer, String email, String locker,
                         String compartment, String code, Instant expiresAt) {
}
