package io.lockernet.partner.hold.entity;

import io.lockernet.api.core.ReservationView;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The part of a parcel or a return that is a compartment held by a reservation in the Core: where, since and until
 * when, and the one-time code the Core handed out, kept only until the customer has been mailed it. Each kind of hold
 * names the code's column ({@code pickup_code}, {@code return_code}) with an attribute override.
 */
@Embeddable
public class Hold {

    @Column(name = "reservation_id")
    private String reservation;
    @Column(name = "locker_id")
    private String locker;
    private String compartment;
    private String code;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "code_sent_at")
    private Instant codeSentAt;
    @Column(name = "ended_at")
    private Instant endedAt;

    protected Hold() {
    }

    /** The Core's reservation as it was made; {@code expiresAt} is null until the hold has an end for the customer. */
    public Hold(ReservationView reservation, Instant at, Instant expiresAt) {
        this.reservation = reservation.id();
        this.locker = reservation.locker();
        this.compartment = reservation.compartment();
        this.code = reservation.pickupCode();
        this.createdAt = at;
        this.expiresAt = expiresAt;
    }

    public void lastsUntil(Instant end) {
        expiresAt = end;
    }

    /** The customer has the code: it is no longer kept here. */
    public void codeSent(Instant at) {
        codeSentAt = at;
        forgetCode();
    }

    /** The code is of no use any more (it was typed, or the hold is over): it is not kept. */
    public void forgetCode() {
        code = null;
    }

    public void ended(Instant at) {
        endedAt = at;
        forgetCode();
    }

    public String reservation() {
        return reservation;
    }

    public String locker() {
        return locker;
    }

    public String compartment() {
        return compartment;
    }

    public String code() {
        return code;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant codeSentAt() {
        return codeSentAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
