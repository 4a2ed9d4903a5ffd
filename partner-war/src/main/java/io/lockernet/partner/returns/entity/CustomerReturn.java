package io.lockernet.partner.returns.entity;

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
import java.time.Instant;

/**
 * A collected order on its way back: a compartment held empty by a drop-off reservation in the Core, the customer's
 * return code (kept only until it is mailed), the drop-off at the keypad, and the retrieval by staff or by a carrier's
 * courier.
 */
@Entity
@Table(name = "customer_return")
@NamedQuery(name = CustomerReturn.OF_ORDER, query = "select r from CustomerReturn r where r.order = :order "
        + "and r.state in :states")
@NamedQuery(name = CustomerReturn.COLLECTING, query = "select r.id from CustomerReturn r where r.collection is not null "
        + "and r.state = io.lockernet.partner.returns.entity.CustomerReturn.State.DROPPED_OFF order by r.id")
public class CustomerReturn {

    public static final String OF_ORDER = "CustomerReturn.ofOrder";
    public static final String COLLECTING = "CustomerReturn.collecting";

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
    @Embedded
    @AttributeOverride(name = "code", column = @Column(name = "return_code"))
    private Hold hold;
    @Enumerated(EnumType.STRING)
    private State state;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "dropped_off_at")
    private Instant droppedOffAt;
    @Column(name = "collecting_carrier")
    private String collectingCarrier;
    @Column(name = "collection_id")
    private String collection;
    @Column(name = "collection_handed_at")
    private Instant collectionHandedAt;
    @Column(name = "collection_note")
    private String collectionNote;

    protected CustomerReturn() {
    }

    /** The Core holds the compartment empty for the customer until the reservation's end. */
    public CustomerReturn(CustomerOrder order, ReservationView reservation, String requestedBy, Instant at) {
        this.order = order;
        this.hold = new Hold(reservation, at, reservation.expiresAt());
        this.requestedBy = requestedBy;
        this.state = State.AWAITING_DROP_OFF;
    }

    /** The customer put the parcel in and closed the door: the code is spent. */
    public void droppedOff(Instant at) {
        state = State.DROPPED_OFF;
        droppedOffAt = at;
        hold.forgetCode();
    }

    /** A carrier collects the parcel from the locker; {@code collection} is the Core's consignment that follows it. */
    public void collectedBy(String carrier, String collection, Instant at) {
        this.collectingCarrier = carrier;
        this.collection = collection;
        this.collectionHandedAt = at;
        this.collectionNote = null;
    }

    /** The carrier could not collect it: staff may take it out themselves, or hand it over again. */
    public void collectionFailed(String note) {
        this.collectionNote = (collectingCarrier + " could not collect it: " + note);
        if (collectionNote.length() > 300) {
            collectionNote = collectionNote.substring(0, 300);
        }
        this.collectingCarrier = null;
        this.collection = null;
        this.collectionHandedAt = null;
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

    public String requestedBy() {
        return requestedBy;
    }

    public Instant createdAt() {
        return hold.createdAt();
    }

    public Instant expiresAt() {
        return hold.expiresAt();
    }

    public Instant codeSentAt() {
        return hold.codeSentAt();
    }

    public Instant droppedOffAt() {
        return droppedOffAt;
    }

    public String collectingCarrier() {
        return collectingCarrier;
    }

    public String collection() {
        return collection;
    }

    public Instant collectionHandedAt() {
        return collectionHandedAt;
    }

    public String collectionNote() {
        return collectionNote;
    }

    public Instant endedAt() {
        return hold.endedAt();
    }
}
