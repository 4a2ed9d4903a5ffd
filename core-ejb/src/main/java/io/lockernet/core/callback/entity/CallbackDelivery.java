package io.lockernet.core.callback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One event on its way to one endpoint: PENDING until the endpoint acknowledges it with a 2xx (DELIVERED), or until it
 * is older than the retention period (GAVE_UP). An attempt leases it, so that the sweep and a queued message do not
 * send it twice at once; a lease that runs out (the server died mid-attempt) makes it due again.
 */
@Entity
@Table(name = "callback_delivery")
public class CallbackDelivery {

    public enum State { PENDING, DELIVERED, GAVE_UP }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    private CallbackEvent event;
    @ManyToOne(optional = false)
    @JoinColumn(name = "endpoint_id")
    private CallbackEndpoint endpoint;
    private String subject;
    @Enumerated(EnumType.STRING)
    private State state;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "leased_until")
    private Instant leasedUntil;
    @Column(name = "last_status")
    private Integer lastStatus;
    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected CallbackDelivery() {
    }

    public CallbackDelivery(CallbackEvent event, CallbackEndpoint endpoint, Instant due) {
        this.event = event;
        this.endpoint = endpoint;
        this.subject = event.subject();
        this.state = State.PENDING;
        this.nextAttemptAt = due;
    }

    public boolean leasable(Instant now) {
        return state == State.PENDING && (leasedUntil == null || !leasedUntil.isAfter(now));
    }

    public void lease(Instant now, Duration length) {
        leasedUntil = now.plus(length);
    }

    public void delivered(int status, Instant at) {
        attempts++;
        lastStatus = status;
        state = State.DELIVERED;
        deliveredAt = at;
        leasedUntil = null;
    }

    /** Not acknowledged: the next attempt is due at {@code next}. */
    public void failed(Integer status, Instant next) {
        attempts++;
        lastStatus = status;
        nextAttemptAt = next;
        leasedUntil = null;
    }

    public void gaveUp() {
        state = State.GAVE_UP;
        leasedUntil = null;
    }

    /** Sent again (a replay): due now, whatever happened to it before. */
    public void again(Instant now) {
        state = State.PENDING;
        nextAttemptAt = now;
        leasedUntil = null;
    }

    public Long id() {
        return id;
    }

    public CallbackEvent event() {
        return event;
    }

    public CallbackEndpoint endpoint() {
        return endpoint;
    }

    public State state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
