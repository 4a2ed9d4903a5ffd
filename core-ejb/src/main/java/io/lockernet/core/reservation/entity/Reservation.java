package io.lockernet.core.reservation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A retailer's hold on one compartment for one parcel. {@code parcelRef} is the retailer's own opaque reference:
 * who the parcel is for stays in the retailer's Partner DB. The pickup code (or, for a customer's drop-off of a return,
 * the return code) is kept only as a salted hash.
 */
@Entity
@Table(name = "reservation")
@NamedQuery(name = Reservation.AWAITING_PICKUP, query = "select r from Reservation r where r.locker = :locker "
        + "and r.state = io.lockernet.core.reservation.entity.ReservationState.DEPOSITED and r.codeUsedAt is null "
        + "and r.purpose = io.lockernet.core.reservation.entity.ReservationPurpose.DEPOSIT")
@NamedQuery(name = Reservation.AWAITING_DROP_OFF, query = "select r from Reservation r where r.locker = :locker "
        + "and r.state = io.lockernet.core.reservation.entity.ReservationState.RESERVED and r.codeUsedAt is null "
        + "and r.purpose = io.lockernet.core.reservation.entity.ReservationPurpose.DROP_OFF")
@NamedQuery(name = Reservation.LAPSED, query = "select r from Reservation r where "
        + "r.state = io.lockernet.core.reservation.entity.ReservationState.RESERVED and r.expiresAt < :now")
public class Reservation {

    public static final String AWAITING_PICKUP = "Reservation.awaitingPickup";
    public static final String AWAITING_DROP_OFF = "Reservation.awaitingDropOff";
    public static final String LAPSED = "Reservation.lapsed";

    @Id
    private String id;
    @Column(name = "retailer_id")
    private String retailer;
    @Column(name = "locker_id")
    private String locker;
    @Column(name = "compartment_id")
    private Long compartmentId;
    @Column(name = "parcel_ref")
    private String parcelRef;
    @Enumerated(EnumType.STRING)
    private ReservationState state;
    @Enumerated(EnumType.STRING)
    private ReservationPurpose purpose;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "deposited_at")
    private Instant depositedAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "code_salt")
    private String codeSalt;
    @Column(name = "code_hash")
    private String codeHash;
    @Column(name = "code_used_at")
    private Instant codeUsedAt;

    protected Reservation() {
    }

    public Reservation(String retailer, String locker, Long compartmentId, String parcelRef, Instant now,
                       Instant expiresAt, String codeSalt, String codeHash) {
        this(retailer, locker, compartmentId, parcelRef, now, expiresAt, codeSalt, codeHash, ReservationPurpose.DEPOSIT);
    }

    public Reservation(String retailer, String locker, Long compartmentId, String parcelRef, Instant now,
                       Instant expiresAt, String codeSalt, String codeHash, ReservationPurpose purpose) {
        this.purpose = purpose;
        this.id = UUID.randomUUID().toString();
        this.retailer = retailer;
        this.locker = locker;
        this.compartmentId = compartmentId;
        this.parcelRef = parcelRef;
        this.state = ReservationState.RESERVED;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.codeSalt = codeSalt;
        this.codeHash = codeHash;
    }

    /** The compartment this reservation won; set once, right after its claim. */
    public void holding(Long compartmentId) {
        this.compartmentId = compartmentId;
    }

    public void deposited(Instant at) {
        state = ReservationState.DEPOSITED;
        depositedAt = at;
    }

    /** Ends the reservation; the compartment is then free once its door is closed. */
    public void end(ReservationState how, Instant at) {
        state = how;
        endedAt = at;
    }

    /**
     * Whether the code may open the compartment at {@code now}: a return code only from the reservation's making until
     * its time to live ends (the lapse sweep may come a few seconds later); a pickup code while the parcel waits.
     */
    public boolean codeValidAt(Instant now) {
        return purpose() != ReservationPurpose.DROP_OFF || (!now.isBefore(createdAt) && now.isBefore(expiresAt));
    }

    public void codeUsed(Instant at) {
        codeUsedAt = at;
    }

    /** A new code replaces one nobody was told (a carrier's parcel gets its pickup code once it is in). */
    public void rekeyed(String salt, String hash) {
        codeSalt = salt;
        codeHash = hash;
    }

    /** The code opened nothing after all (the pickup impulse was refused, expired or failed): it may be used again. */
    public void codeRearmed() {
        codeUsedAt = null;
    }

    public String id() {
        return id;
    }

    public String retailer() {
        return retailer;
    }

    public String locker() {
        return locker;
    }

    public Long compartmentId() {
        return compartmentId;
    }

    public String parcelRef() {
        return parcelRef;
    }

    public ReservationState state() {
        return state;
    }

    public ReservationPurpose purpose() {
        return purpose == null ? ReservationPurpose.DEPOSIT : purpose;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant depositedAt() {
        return depositedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String codeSalt() {
        return codeSalt;
    }

    public String codeHash() {
        return codeHash;
    }

    public Instant codeUsedAt() {
        return codeUsedAt;
    }
}
