package io.lockernet.partner.returns.entity;

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
import java.time.Instant;

/**
 * A collected order on its way back: a compartment held empty by a drop-off reservation in the Core, the customer's
 * return code (kept only until it is mailed), the drop-off at the keypad, and staff's retrieval.
 */
@Entity
@Table(name = "customer_return")
@NamedQuery(name = CustomerReturn.OF_ORDER, query = "select r from CustomerReturn r where r.order = :order "
        + "and r.state in :states")
@NamedQuery(name = CustomerReturn.BY_RESERVATION, query = "select r from CustomerReturn r "
        + "where r.reservation = :reservation")
@NamedQuery(name = CustomerReturn.AT, query = "select r from CustomerReturn r where r.locker = :locker "
        + "and r.compartment = :compartment and r.state in :states")
@NamedQuery(name = CustomerReturn.OPEN_AFTER, query = "select r from CustomerReturn r where r.state in :states "
        + "and r.id > :after order by r.id")
@NamedQuery(name = CustomerReturn.CODE_TO_SEND, query = "select r from CustomerReturn r where r.state = :awaiting "
        + "and r.codeSentAt is null and r.returnCode is not null order by r.id")
public class CustomerReturn {

    public static final String OF_ORDER = "CustomerReturn.ofOrder";
    public static final String BY_RESERVATION = "CustomerReturn.byReservation";
    public static final String AT = "CustomerReturn.at";
    public static final String OPEN_AFTER = "CustomerReturn.openAfter";
    public static final String CODE_TO_SEND = "CustomerReturn.codeToSend";

    /**
     * AWAITING_DROP_OFF: the compartment is held and the customer has (or is being sent) the code; DROPPED_OFF: the
     * parcel is in, for staff to take out; RETRIEVED: staff took it; EXPIRED: the code's window ended unused;
     * CANCELLED: the Core gave the hold up.
     */
    public enum State {
        AWAITING_DROP_OFF, DROPPED_OFF, RETRIEVED, EXPIRED, CANCELLED;

        public boolean ended() {
            return this != AWAITING_DROP_OFF && this != DROPPED_OFF;
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
    @Column(name = "return_code")
    private String returnCode;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "code_sent_at")
    private Instant codeSentAt;
    @Column(name = "dropped_off_at")
    private Instant droppedOffAt;
    @Column(name = "ended_at")
    private Instant endedAt;

    protected CustomerReturn() {
    }

    public CustomerReturn(CustomerOrder order, String reservation, String locker, String compartment,
                          String returnCode, String requestedBy, Instant at, Instant expiresAt) {
        this.order = order;
        this.reservation = reservation;
        this.locker = locker;
        this.compartment = compartment;
        this.returnCode = returnCode;
        this.requestedBy = requestedBy;
        this.createdAt = at;
        this.expiresAt = expiresAt;
        this.state = State.AWAITING_DROP_OFF;
    }

    /** The customer put the parcel in and closed the door. */
    public void droppedOff(Instant at) {
        state = State.DROPPED_OFF;
        droppedOffAt = at;
        returnCode = null;
    }

    public void ended(State how, Instant at) {
        state = how;
        endedAt = at;
        returnCode = null;
    }

    /** The customer has the code: it is no longer kept here. */
    public void codeSent(Instant at) {
        codeSentAt = at;
        returnCode = null;
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

    public String returnCode() {
        return returnCode;
    }

    public String requestedBy() {
        return requestedBy;
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

    public Instant droppedOffAt() {
        return droppedOffAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
