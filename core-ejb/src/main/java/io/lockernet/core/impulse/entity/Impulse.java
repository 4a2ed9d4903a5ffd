package io.lockernet.core.impulse.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A command to one compartment's lock, with who asked, through which application, and a deadline after which the
 * lock must never fire. Each step of its life is timestamped.
 */
@Entity
@Table(name = "impulse")
public class Impulse {

    @Id
    private String id;
    @Column(name = "locker_id")
    private String locker;
    @Column(name = "compartment_name")
    private String compartment;
    private String action;
    @Enumerated(EnumType.STRING)
    private ImpulseState state;
    private String reason;
    @Column(name = "retailer_id")
    private String retailer;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "requested_via")
    private String requestedVia;
    @Column(name = "requested_at")
    private Instant requestedAt;
    private Instant deadline;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "lock_fired_at")
    private Instant lockFiredAt;
    @Column(name = "door_opened_at")
    private Instant doorOpenedAt;
    @Column(name = "door_closed_at")
    private Instant doorClosedAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "reservation_id")
    private String reservation;
    @Enumerated(EnumType.STRING)
    private ImpulseRequest.Purpose purpose;

    protected Impulse() {
    }

    public Impulse(ImpulseRequest request, Instant now, Instant deadline) {
        this.id = UUID.randomUUID().toString();
        this.locker = request.locker();
        this.compartment = request.compartment();
        this.action = "open";
        this.retailer = request.retailer();
        this.requestedBy = request.requestedBy();
        this.requestedVia = request.requestedVia();
        this.requestedAt = now;
        this.deadline = deadline;
        this.state = ImpulseState.REQUESTED;
        this.reservation = request.reservation();
        this.purpose = request.purpose();
    }

    /**
     * Moves to {@code next} if that is forward from here; returns whether anything changed. A repeated or stale
     * report is ignored here, which keeps every listener idempotent.
     */
    public boolean moveTo(ImpulseState next, Instant reportedAt, String why) {
        if (!state.canMoveTo(next)) {
            return false;
        }
        Instant at = notBeforeTheLastStep(reportedAt);
        state = next;
        switch (next) {
            case SENT -> sentAt = at;
            case DELIVERED -> deliveredAt = at;
            case LOCK_FIRED -> lockFiredAt = at;
            case DOOR_OPEN -> doorOpenedAt = at;
            case DOOR_CLOSED -> doorClosedAt = at;
            default -> reason = why;
        }
        if (next.isFinal()) {
            endedAt = at;
        }
        return true;
    }

    /**
     * Steps are dated by the locker's clock where it reports them, and it may be a little behind the Core's: a step
     * is never dated before the one before it.
     */
    private Instant notBeforeTheLastStep(Instant at) {
        Instant last = Stream.of(requestedAt, sentAt, deliveredAt, lockFiredAt, doorOpenedAt)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(at);
        return at.isBefore(last) ? last : at;
    }

    public boolean isPastDeadline(Instant now) {
        return now.isAfter(deadline);
    }

    public String id() {
        return id;
    }

    public String locker() {
        return locker;
    }

    public String compartment() {
        return compartment;
    }

    public String action() {
        return action;
    }

    public ImpulseState state() {
        return state;
    }

    public String reason() {
        return reason;
    }

    public String retailer() {
        return retailer;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String requestedVia() {
        return requestedVia;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant lockFiredAt() {
        return lockFiredAt;
    }

    public Instant doorOpenedAt() {
        return doorOpenedAt;
    }

    public Instant doorClosedAt() {
        return doorClosedAt;
    }

    public String reservation() {
        return reservation;
    }

    public ImpulseRequest.Purpose purpose() {
        return purpose == null ? ImpulseRequest.Purpose.SERVICE : purpose;
    }
}
