package io.lockernet.partner.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An event for the retailer's systems, waiting to be told to the Core ({@code toldAt} null) or told. */
@Entity
@Table(name = "outgoing_event")
@NamedQuery(name = OutgoingEvent.UNTOLD, query = "select e from OutgoingEvent e where e.toldAt is null "
        + "order by e.occurredAt, e.id")
public class OutgoingEvent {

    public static final String UNTOLD = "OutgoingEvent.untold";

    @Id
    private String id;
    private String type;
    private String reference;
    private String reservation;
    @Column(name = "locker_id")
    private String locker;
    private String compartment;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "told_at")
    private Instant toldAt;
    private String outcome;

    protected OutgoingEvent() {
    }

    public OutgoingEvent(String type, String reference, String reservation, String locker, String compartment,
                         Instant expiresAt, Instant at) {
        this.id = "pe_" + UUID.randomUUID().toString().replace("-", "");
        this.type = type;
        this.reference = reference;
        this.reservation = reservation;
        this.locker = locker;
        this.compartment = compartment;
        this.expiresAt = expiresAt;
        this.occurredAt = at;
    }

    /** The Core took it (or refused it for good: {@code outcome} says so). */
    public void told(Instant at, String outcome) {
        this.toldAt = at;
        this.outcome = outcome == null ? null : outcome.substring(0, Math.min(outcome.length(), 200));
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String reference() {
        return reference;
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

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant toldAt() {
        return toldAt;
    }
}
