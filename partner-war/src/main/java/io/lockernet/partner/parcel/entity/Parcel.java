package io.lockernet.partner.parcel.entity;

import io.lockernet.partner.order.entity.CustomerOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** An order in a locker compartment, held by a reservation in the Core, from the deposit to its end. */
@Entity
@Table(name = "parcel")
@NamedQuery(name = Parcel.OPEN_AFTER, query = "select p from Parcel p where p.state in :states and p.id > :after "
        + "order by p.id")
@NamedQuery(name = Parcel.AT, query = "select p from Parcel p where p.locker = :locker and p.compartment = :compartment "
        + "and p.state in :states")
@NamedQuery(name = Parcel.CODE_TO_SEND, query = "select p from Parcel p where p.state = :deposited and "
        + "p.codeSentAt is null and p.pickupCode is not null order by p.id")
@NamedQuery(name = Parcel.OF_ORDER, query = "select p from Parcel p where p.order = :order order by p.id")
@NamedQuery(name = Parcel.REMINDERS_DUE, query = "select p from Parcel p where p.state = :deposited and "
        + "p.remindedAt is null and p.expiresAt <= :threshold and p.expiresAt > :now order by p.expiresAt")
@NamedQuery(name = Parcel.EXPIRED, query = "select p from Parcel p where p.state = :deposited and p.expiresAt <= :now "
        + "order by p.expiresAt")
@NamedQuery(name = Parcel.EXPIRED_AT_STORES, query = "select p from Parcel p where p.state = :deposited "
        + "and p.expiresAt <= :now and p.order.store in :stores order by p.expiresAt")
public class Parcel {

    public static final String OPEN_AFTER = "Parcel.openAfter";
    public static final String AT = "Parcel.at";
    public static final String CODE_TO_SEND = "Parcel.codeToSend";
    public static final String OF_ORDER = "Parcel.ofOrder";
    public static final String REMINDERS_DUE = "Parcel.remindersDue";
    public static final String EXPIRED = "Parcel.expired";
    public static final String EXPIRED_AT_STORES = "Parcel.expiredAtStores";

    /** RESERVED: the compartment is held and being filled; DEPOSITED: in, waiting for the customer. */
    public enum State {
        RESERVED, DEPOSITED, COLLECTED, RETRIEVED, CANCELLED;

        public boolean ended() {
            return this != RESERVED && this != DEPOSITED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;
    @Column(name = "reservation_id")
    private String reservation;
    @Column(name = "locker_id")
    private String locker;
    private String compartment;
    @Enumerated(EnumType.STRING)
    private State state;
    @Column(name = "pickup_code")
    private String pickupCode;
    @Column(name = "deposited_by")
    private String depositedBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "deposited_at")
    private Instant depositedAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "code_sent_at")
    private Instant codeSentAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "reminded_at")
    private Instant remindedAt;
    private boolean extended;

    protected Parcel() {
    }

    public Parcel(CustomerOrder order, String reservation, String locker, String compartment, String pickupCode,
                  String depositedBy, Instant at) {
        this.order = order;
        this.reservation = reservation;
        this.locker = locker;
        this.compartment = compartment;
        this.pickupCode = pickupCode;
        this.depositedBy = depositedBy;
        this.createdAt = at;
        this.state = State.RESERVED;
    }

    /** The parcel is in: the customer may collect it within the pickup window. */
    public void deposited(Instant at, Duration pickupWindow) {
        state = State.DEPOSITED;
        depositedAt = at;
        expiresAt = at.plus(pickupWindow);
    }

    public void reminded(Instant at) {
        remindedAt = at;
    }

    /** The pickup window, once, by another {@code window}; false when it was extended before. */
    public boolean extend(Duration window) {
        if (extended) {
            return false;
        }
        extended = true;
        expiresAt = expiresAt.plus(window);
        return true;
    }

    public boolean expired(Instant now) {
        return state == State.DEPOSITED && expiresAt != null && expiresAt.isBefore(now);
    }

    public void ended(State how, Instant at) {
        state = how;
        endedAt = at;
        pickupCode = null;
    }

    /** The customer has the code: it is no longer kept here. */
    public void codeSent(Instant at) {
        codeSentAt = at;
        pickupCode = null;
    }

    public Long id() {
        return id;
    }

    public CustomerOrder order() {
        return order;
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

    public State state() {
        return state;
    }

    public String pickupCode() {
        return pickupCode;
    }

    public Instant depositedAt() {
        return depositedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant codeSentAt() {
        return codeSentAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public boolean extended() {
        return extended;
    }
}
