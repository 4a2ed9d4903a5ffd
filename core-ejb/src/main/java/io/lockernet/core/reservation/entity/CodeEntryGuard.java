package io.lockernet.core.reservation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A locker's keypad lockout: while it lasts every code is refused, so that a guesser cannot tell a right code from a
 * wrong one. Its row is also the lock that serialises code entries at one locker.
 */
@Entity
@Table(name = "code_entry_guard")
public class CodeEntryGuard {

    @Id
    @Column(name = "locker_id")
    private String locker;
    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected CodeEntryGuard() {
    }

    public CodeEntryGuard(String locker) {
        this.locker = locker;
    }

    public boolean lockedOut(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void lockUntil(Instant until) {
        lockedUntil = until;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
