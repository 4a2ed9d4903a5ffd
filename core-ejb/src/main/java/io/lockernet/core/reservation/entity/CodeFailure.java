package io.lockernet.core.reservation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One wrong code typed on a locker's keypad: the sliding windows of the keypad guard count these. */
@Entity
@Table(name = "code_failure")
public class CodeFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "locker_id")
    private String locker;
    @Column(name = "failed_at")
    private Instant failedAt;

    protected CodeFailure() {
    }

    public CodeFailure(String locker, Instant failedAt) {
        this.locker = locker;
        this.failedAt = failedAt;
    }
}
