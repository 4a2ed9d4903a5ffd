package io.lockernet.core.delivery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A carrier's routes as a whole: whether something changed since they were last planned ({@code dirty}: the planner
 * plans again), and what the last plan came to. Marking it dirty in the transaction of the change means no change is
 * missed, whichever server plans.
 */
@Entity
@Table(name = "carrier_plan")
public class CarrierPlan {

    @Id
    @Column(name = "carrier_id")
    private String carrier;
    private boolean dirty;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "planned_at")
    private Instant plannedAt;
    private Double metres;
    @Column(name = "late_stops")
    private Integer lateStops;
    private Integer unrouted;
    @Column(name = "plan_millis")
    private Long planMillis;

    protected CarrierPlan() {
    }

    public CarrierPlan(String carrier, Instant at) {
        this.carrier = carrier;
        changed(at);
    }

    public void changed(Instant at) {
        dirty = true;
        changedAt = at;
    }

    /** A plan of the state as it was at {@code readAt} was applied; a change after that keeps it dirty. */
    public void planned(Instant readAt, Instant at, double metres, int lateStops, int unrouted, long planMillis) {
        if (!changedAt.isAfter(readAt)) {
            dirty = false;
        }
        this.plannedAt = at;
        this.metres = metres;
        this.lateStops = lateStops;
        this.unrouted = unrouted;
        this.planMillis = planMillis;
    }

    public String carrier() { return carrier; }
    public boolean dirty() { return dirty; }
    public Instant changedAt() { return changedAt; }
    public Instant plannedAt() { return plannedAt; }
    public Double metres() { return metres; }
    public Integer lateStops() { return lateStops; }
    public Integer unrouted() { return unrouted; }
    public Long planMillis() { return planMillis; }
}
