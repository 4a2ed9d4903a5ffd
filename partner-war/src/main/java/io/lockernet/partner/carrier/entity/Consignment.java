package io.lockernet.partner.carrier.entity;

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

/** An order handed to a carrier, and the Core's consignment that follows it to a locker. */
@Entity
@Table(name = "consignment")
@NamedQuery(name = Consignment.HANDED, query = "select c from Consignment c where c.state = "
        + "io.lockernet.partner.carrier.entity.Consignment.State.HANDED order by c.id")
@NamedQuery(name = Consignment.OF_ORDER, query = "select c from Consignment c where c.order = :order order by c.id")
@NamedQuery(name = Consignment.BY_TRACKING, query = "select c from Consignment c where c.trackingHash = :hash")
@NamedQuery(name = Consignment.LINK_TO_MAIL, query = "select c.id from Consignment c where c.trackingToken is not null "
        + "order by c.id")
public class Consignment {

    public static final String HANDED = "Consignment.handed";
    public static final String OF_ORDER = "Consignment.ofOrder";
    public static final String BY_TRACKING = "Consignment.byTracking";
    public static final String LINK_TO_MAIL = "Consignment.linkToMail";

    /** HANDED: with the carrier; DEPOSITED: in a locker (the order has its parcel); FAILED: back at the store. */
    public enum State { HANDED, DEPOSITED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;
    @Column(name = "core_id")
    private String coreId;
    private String carrier;
    @Enumerated(EnumType.STRING)
    private State state;
    private String note;
    @Column(name = "handed_at")
    private Instant handedAt;
    @Column(name = "settled_at")
    private Instant settledAt;
    @Column(name = "tracking_token")
    private String trackingToken;
    @Column(name = "tracking_hash")
    private String trackingHash;
    @Column(name = "tracking_mailed_at")
    private Instant trackingMailedAt;

    protected Consignment() {
    }

    public Consignment(CustomerOrder order, String coreId, String carrier, TrackingLink link, Instant at) {
        this.trackingToken = link.token();
        this.trackingHash = link.hash();
        this.order = order;
        this.coreId = coreId;
        this.carrier = carrier;
        this.state = State.HANDED;
        this.handedAt = at;
    }

    /** The customer has the link: its token is no longer kept, only its hash. */
    public void linkMailed(Instant at) {
        trackingMailedAt = at;
        trackingToken = null;
    }

    public void settled(State how, String note, Instant at) {
        this.state = how;
        this.note = note;
        this.settledAt = at;
    }

    public Long id() { return id; }
    public CustomerOrder order() { return order; }
    public String coreId() { return coreId; }
    public String carrier() { return carrier; }
    public State state() { return state; }
    public String note() { return note; }
    public Instant handedAt() { return handedAt; }
    public Instant settledAt() { return settledAt; }
    public String trackingToken() { return trackingToken; }
}
