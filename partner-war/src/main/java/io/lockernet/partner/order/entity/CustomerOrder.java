package io.lockernet.partner.order.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A customer's order, to be collected at a store's locker: its lines, and how far it has come. */
@Entity
@Table(name = "customer_order")
@NamedQuery(name = CustomerOrder.BY_REFERENCE, query = "select o from CustomerOrder o where o.reference = :reference")
@NamedQuery(name = CustomerOrder.BY_STATE, query = "select o from CustomerOrder o where o.state = :state "
        + "order by o.createdAt")
@NamedQuery(name = CustomerOrder.BY_STATE_AT_STORES, query = "select o from CustomerOrder o where o.state = :state "
        + "and o.store in :stores order by o.createdAt")
public class CustomerOrder {

    public static final String BY_REFERENCE = "CustomerOrder.byReference";
    public static final String BY_STATE = "CustomerOrder.byState";
    public static final String BY_STATE_AT_STORES = "CustomerOrder.byStateAtStores";

    /**
     * OPEN: waiting to be put into a locker; DEPOSITING: a compartment is held and open for it; WITH_CARRIER: a
     * carrier's courier brings it to a locker; DEPOSITED: in the locker, waiting for the customer; COLLECTED: the
     * customer took it.
     */
    public enum State { OPEN, DEPOSITING, WITH_CARRIER, DEPOSITED, COLLECTED, EXPIRED, RETURNED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    @ManyToOne(optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "customer_id")
    private Customer customer;
    private String store;
    @Enumerated(EnumType.STRING)
    private State state;
    @Column(name = "created_at")
    private Instant createdAt;
    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<OrderLine> lines = new ArrayList<>();

    protected CustomerOrder() {
    }

    public CustomerOrder(String reference, Customer customer, String store, Instant createdAt) {
        this.reference = reference;
        this.customer = customer;
        this.store = store;
        this.state = State.OPEN;
        this.createdAt = createdAt;
    }

    public void add(Product product, int quantity) {
        lines.add(new OrderLine(this, product, quantity));
    }

    /** Everything of the order in one parcel, as the packing sees it. */
    public Packing packing() {
        return new Packing(lines.stream().map(l -> l.product().item(l.quantity())).toList());
    }

    public void moveTo(State state) {
        this.state = state;
    }

    public String reference() {
        return reference;
    }

    public Customer customer() {
        return customer;
    }

    public String store() {
        return store;
    }

    public State state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }
}
