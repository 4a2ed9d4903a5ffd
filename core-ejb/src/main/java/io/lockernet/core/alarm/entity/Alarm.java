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

/**
 * Something an operator must look at, open until resolved. While it is open, the same kind of alarm for the same
 * subject is counted on it ({@link #times()}, {@link #lastRaisedAt()}) instead of raised again: its {@code openKey}
 * is unique among open alarms.
 */
@Entity
@Table(name = "alarm")
public class Alarm {

    private static final int MAX_DETAIL = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private AlarmKind kind;
    @Column(name = "locker_id")
    private String locker;
    private String compartment;
    private String subject;
    private String detail;
    private long times;
    @Column(name = "raised_at")
    private Instant raisedAt;
    @Column(name = "last_raised_at")
    private Instant lastRaisedAt;
    @Column(name = "open_key")
    private String openKey;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "resolved_by")
    private String resolvedBy;
    private String resolution;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "acknowledged_by")
    private String acknowledgedBy;
    private String assignee;

    protected Alarm() {
    }

    public Alarm(AlarmKind kind, String locker, String compartment, String subject, String detail, long times,
                 Instant raisedAt) {
        this.kind = kind;
        this.locker = locker;
        this.compartment = compartment;
        this.subject = subject == null ? null : cut(subject, 200);
        this.detail = cut(detail, MAX_DETAIL);
        this.times = times;
        this.raisedAt = raisedAt;
        this.lastRaisedAt = raisedAt;
        this.openKey = openKey(kind, locker, compartment, this.subject);
    }

    /** What makes two alarms the same problem: the kind and everything it concerns. */
    public static String openKey(AlarmKind kind, String locker, String compartment, String subject) {
        return cut(kind + "|" + nonNull(locker) + "|" + nonNull(compartment) + "|" + nonNull(subject == null ? null
                : cut(subject, 200)), 300);
    }

    /** Someone has seen it and is on it; the first acknowledgement counts. */
    public void acknowledge(String by, Instant at) {
        if (acknowledgedAt == null) {
            this.acknowledgedAt = at;
            this.acknowledgedBy = cut(by, 120);
        }
    }

    /** Whose it is now; null: nobody's. */
    public void assign(String assignee) {
        this.assignee = assignee == null ? null : cut(assignee, 120);
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public String assignee() {
        return assignee;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public String resolution() {
        return resolution;
    }

    public void resolve(String by, String resolution, Instant at) {
        this.resolvedAt = at;
        this.resolvedBy = cut(by, 100);
        this.resolution = cut(resolution, MAX_DETAIL);
        this.openKey = null;
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

    public String subject() {
        return subject;
    }

    public String detail() {
        return detail;
    }

    public long times() {
        return times;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Instant lastRaisedAt() {
        return lastRaisedAt == null ? raisedAt : lastRaisedAt;
    }

    public boolean open() {
        return resolvedAt == null;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
