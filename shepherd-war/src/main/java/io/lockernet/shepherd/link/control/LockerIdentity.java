package io.lockernet.shepherd.link.control;

import java.time.Instant;

/** A locker proven by its token: its id and when the token stops being valid. */
public record LockerIdentity(String locker, Instant expiresAt) {
}
