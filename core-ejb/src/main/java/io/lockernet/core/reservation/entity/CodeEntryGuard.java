package io.lockernet.core.reservation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Wrong pickup codes typed on one locker's keypad, counted in a window. Too many lock the keypad out for a while,
 * whatever code comes next: a guesser cannot tell a right code from a wrong one during the lockout.
 */
@Entity
@Table(name = "code_entry_guard")
public class CodeEntryGuard {

    @Id
    @Column(name = "locker_id")
    private String locker;
    private int failures;
    @Column(name = "window_start")
    private Instant windowStart;
    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected CodeEntryGuard() {
    }

    public CodeEntryGuard(String locker, Instant now) {
        this.locker = locker;
        this.windowStart = now;
    }

    public boolean lockedOut(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a wrong code; returns true when this one locks the keypad out. */
    public boolean failed(Instant now, int maxFailures, Duration window, Duration lockout) {
        if (now.isAfter(windowStart.plus(window))) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failures = 0;
            windowStart = now;
            return true;
        }
        return false;
    }

    public void succeeded(Instant now) {
        failures = 0;
        windowStart = now;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public int failures() {
        return failures;
    }
}
