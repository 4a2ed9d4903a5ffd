package io.lockernet.core.delivery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A parcel a retailer handed to a carrier. A DELIVERY is to be put into one of the lockers it names (in the retailer's
 * order of preference): the plan decides which locker and which courier, and the compartment is held by an ordinary
 * reservation of the retailer, so a courier's deposit settles exactly as a store employee's would. A COLLECTION is a
 * parcel to take out of a locker (a customer's return, a parcel never collected): it keeps the reservation that holds
 * it, and the courier's retrieval settles it as a store employee's would. {@code parcelRef} is the retailer's own
 * reference: who the parcel is for stays in the retailer's Partner DB.
 */
@Entity
@Table(name = "consignment")
@NamedQuery(name = Consignment.OPEN_COLLECTION, query = "select c from Consignment c where c.reservation = :reservation "
        + "and c.kind = io.lockernet.core.delivery.entity.Consignment.Kind.COLLECTION and c.state in "
        + "(io.lockernet.core.delivery.entity.ConsignmentState.WAITING, "
        + "io.lockernet.core.delivery.entity.ConsignmentState.ROUTED)")
public class Consignment {

    /** The collection under way of the parcel a reservation holds (parameter {@code reservation}), if any. */
    public static final String OPEN_COLLECTION = "Consignment.openCollection";

    /** DELIVERY: into a locker; COLLECTION: out of one. */
    public enum Kind { DELIVERY, COLLECTION }

    @Id
    private String id;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "retailer_id")
    private String retailer;
    @Column(name = "parcel_ref")
    private String parcelRef;
    @Column(name = "carrier_id")
    private String carrier;
    @Column(name = "size_class")
    private String size;
    private String lockers;
    @Enumerated(EnumType.STRING)
    private ConsignmentState state;
    @Column(name = "locker_id")
    private String locker;
    @Column(name = "reservation_id")
    private String reservation;
    private String courier;
    @Column(name = "stop_seq")
    private Integer stop;
    private Instant eta;
    @Column(name = "planned_eta")
    private Instant plannedEta;
    private boolean late;
    private String note;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "deposited_at")
    private Instant depositedAt;
    @Column(name = "code_issued_at")
    private Instant codeIssuedAt;
    @Column(name = "collected_at")
    private Instant collectedAt;

    protected Consignment() {
    }

    public Consignment(String retailer, String parcelRef, String carrier, String size, List<String> lockers,
                       Instant at) {
        this.id = UUID.randomUUID().toString();
        this.kind = Kind.DELIVERY;
        this.retailer = retailer;
        this.parcelRef = parcelRef;
        this.carrier = carrier;
        this.size = size;
        this.lockers = String.join(",", lockers);
        this.state = ConsignmentState.WAITING;
        this.createdAt = at;
    }

    /** A parcel to take out of its compartment, held by {@code reservation} at {@code locker}. */
    public static Consignment collection(String retailer, String parcelRef, String carrier, String size,
                                         String locker, String reservation, Instant at) {
        Consignment c = new Consignment(retailer, parcelRef, carrier, size, List.of(locker), at);
        c.kind = Kind.COLLECTION;
        c.locker = locker;
        c.reservation = reservation;
        return c;
    }

    /** The plan routes it: a compartment is held at {@code locker}, {@code courier} brings it as its stop number. */
    public void routed(String locker, String reservation, String courier, int stop, Instant eta, boolean late) {
        this.state = ConsignmentState.ROUTED;
        this.locker = locker;
        this.reservation = reservation;
        this.courier = courier;
        this.stop = stop;
        this.eta = eta;
        this.plannedEta = eta;
        this.late = late;
        this.note = null;
    }

    /** The courier's position says it gets there at {@code eta} (the plan said {@link #plannedEta()}). */
    public void expected(Instant eta) {
        this.eta = eta;
    }

    /** The plan has nowhere for it now; it waits for the next (a collection's parcel waits where it is). */
    public void waiting(String why) {
        this.state = ConsignmentState.WAITING;
        if (kind == Kind.DELIVERY) {
            this.locker = null;
            this.reservation = null;
        }
        this.courier = null;
        this.stop = null;
        this.eta = null;
        this.plannedEta = null;
        this.late = false;
        this.note = why;
    }

    public void deposited(Instant at) {
        this.state = ConsignmentState.DEPOSITED;
        this.depositedAt = at;
    }

    public void collected(Instant at) {
        this.state = ConsignmentState.COLLECTED;
        this.collectedAt = at;
    }

    public void failed(String why) {
        this.state = ConsignmentState.FAILED;
        this.note = why;
    }

    public void codeIssued(Instant at) {
        this.codeIssuedAt = at;
    }

    /** The channel the opens of a courier of {@code carrier} go through: how a door's close is known as theirs. */
    public static String courierChannel(String carrier) {
        return "courier:" + carrier;
    }

    /** Put into its locker, or collected from one: the courier is done with it. */
    public boolean done() {
        return state == ConsignmentState.DEPOSITED || state == ConsignmentState.COLLECTED;
    }

    /** Still the planner's to move: neither in its compartment nor given up. */
    public boolean open() {
        return state == ConsignmentState.WAITING || state == ConsignmentState.ROUTED;
    }

    public String id() { return id; }
    public Kind kind() { return kind; }
    public boolean collection() { return kind == Kind.COLLECTION; }
    public String retailer() { return retailer; }
    public String parcelRef() { return parcelRef; }
    public String carrier() { return carrier; }
    public String size() { return size; }
    public List<String> lockers() { return Arrays.asList(lockers.split(",")); }
    public ConsignmentState state() { return state; }
    public String locker() { return locker; }
    public String reservation() { return reservation; }
    public String courier() { return courier; }
    public Integer stop() { return stop; }
    public Instant eta() { return eta; }
    public Instant plannedEta() { return plannedEta; }
    public boolean late() { return late; }
    public String note() { return note; }
    public Instant createdAt() { return createdAt; }
    public Instant depositedAt() { return depositedAt; }
    public Instant codeIssuedAt() { return codeIssuedAt; }
    public Instant collectedAt() { return collectedAt; }
}
