package io.lockernet.core.alarm.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something an operator must look at, open until resolved. */
@Entity
@Table(name = "alarm")
public class Alarm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private AlarmKind kind;
    @Column(name = "locker_id")
    private String locker;
    private String compartment;
    private String detail;
    @Column(name = "raised_at")
    private Instant raisedAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected Alarm() {
    }

    public Alarm(AlarmKind kind, String locker, String compartment, String detail, Instant raisedAt) {
        this.kind = kind;
        this.locker = locker;
        this.compartment = compartment;
        this.detail = detail.length() > 500 ? detail.substring(0, 500) : detail;
        this.raisedAt = raisedAt;
    }

    public Long id() {
        return id;
    }

    public AlarmKind kind() {
        return kind;
    }

    public String locker() {
        return locker;
    }

    public String compartment() {
        return compartment;
    }

    public String detail() {
        return detail;
    }

    public Instant raisedAt() {
        return raisedAt;
    }
}
