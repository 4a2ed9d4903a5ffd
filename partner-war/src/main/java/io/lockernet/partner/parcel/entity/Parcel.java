package io.lockernet.partner.parcel.entity;

import io.lockernet.api.core.ReservationView;
import io.lockernet.partner.hold.entity.Hold;
import io.lockernet.partner.order.entity.CustomerOrder;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
@NamedQuery(name = Parcel.OF_ORDER, query = "select p from Parcel p where p.order = :order order by p.id")
@NamedQuery(name = Parcel.REMINDERS_DUE, query = "select p from Parcel p where p.state = :deposited and "
        + "p.remindedAt is null and p.hold.expiresAt <= :threshold and p.hold.expiresAt > :now "
        + "order by p.hold.expiresAt")
@NamedQuery(name = Parcel.EXPIRED, query = "select p from Parcel p where p.state = :deposited "
        + "and p.hold.expiresAt <= :now order by p.hold.expiresAt")
@NamedQuery(name = Parcel.EXPIRED_AT_STORES, query = "select p from Parcel p where p.state = :deposited "
        + "and p.hold.expiresAt <= :now and p.order.store in :stores order by p.hold.expiresAt")
@NamedQuery(name = Parcel.EXPIRING_UNTOLD, query = "select p from Parcel p where p.state = :deposited "
        + "and p.expiringToldAt is null and p.hold.expiresAt <= :threshold and p.hold.expiresAt > :now "
        + "order by p.hold.expiresAt")
@NamedQuery(name = Parcel.EXPIRED_UNTOLD, query = "select p from Parcel p where p.state = :deposited "
        + "and p.expiredToldAt is null and p.hold.expiresAt <= :now order by p.hold.expiresAt")
public class Parcel {

    public static final String OF_ORDER = "Parcel.ofOrder";
    public static final String REMINDERS_DUE = "Parcel.remindersDue";
    public static final String EXPIRED = "Parcel.expired";
    public static final String EXPIRED_AT_STORES = "Parcel.expiredAtStores";
    public static final String EXPIRING_UNTOLD = "Parcel.expiringUntold";
    public static final String EXPIRED_UNTOLD = "Parcel.expiredUntold";

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
    @Embedded
    @AttributeOverride(name = "code", column = @Column(name = "pickup_code"))
    private Hold hold;
    @Enumerated(EnumType.STRING)
    private State state;
    @Column(name = "deposited_by")
    private String depositedBy;
    @Column(name = "deposited_at")
    private Instant depositedAt;
    @Column(name = "reminded_at")
    private Instant remindedAt;
    private boolean extended;
    @Column(name = "expiring_told_at")
    private Instant expiringToldAt;
    @Column(name = "expired_told_at")
    private Instant expiredToldAt;

    protected Parcel() {
    }

    /** The compartment is reserved for the order (no end for the customer yet: the window starts at the deposit). */
    public Parcel(CustomerOrder order, ReservationView reservation, String depositedBy, Instant at) {
        this.order = order;
        this.hold = new Hold(reservation, at, null);
        this.depositedBy = depositedBy;
        this.state = State.RESERVED;
    }

    /** The parcel is in: the customer may collect it within the pickup window. */
    public void deposited(Instant at, Duration pickupWindow) {
        state = State.DEPOSITED;
        depositedAt = at;
        hold.lastsUntil(at.plus(pickupWindow));
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
        hold.lastsUntil(hold.expiresAt().plus(window));
        // a new window: the retailer's systems are told again when it nears its end, and when it ends
        expiringToldAt = null;
        expiredToldAt = null;
        return true;
    }

    /** The retailer's systems were told that the window ends soon. */
    public void expiringTold(Instant at) {
        expiringToldAt = at;
    }

    public boolean expiringUntold() {
        return expiringToldAt == null;
    }

    public boolean expiredUntold() {
        return expiredToldAt == null;
    }

    /** The retailer's systems were told that the window has ended. */
    public void expiredTold(Instant at) {
        expiredToldAt = at;
    }

    public boolean expired(Instant now) {
        return state == State.DEPOSITED && expiresAt() != null && expiresAt().isBefore(now);
    }

    public void ended(State how, Instant at) {
        state = how;
        hold.ended(at);
    }

    public Long id() {
        return id;
    }

    public CustomerOrder order() {
        return order;
    }

    public Hold hold() {
        return hold;
    }

    public String reservation() {
        return hold.reservation();
    }

    public String locker() {
        return hold.locker();
    }

    public String compartment() {
        return hold.compartment();
    }

    public State state() {
        return state;
    }

    public Instant depositedAt() {
        return depositedAt;
    }

    public Instant expiresAt() {
        return hold.expiresAt();
    }

    public Instant codeSentAt() {
        return hold.codeSentAt();
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public boolean extended() {
        return extended;
    }
}
