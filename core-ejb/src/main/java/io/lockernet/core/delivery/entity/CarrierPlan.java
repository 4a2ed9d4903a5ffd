package io.lockernet.core.delivery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A carrier's routes as a whole: whether something changed since they were last planned ({@code dirty}: the planner
 * plans again), and what the last plan came to. Marking it dirty in the transaction of the change means no change is
 * missed, whichever server plans; a lease ({@code planningUntil}) lets one server plan a carrier at a time.
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
    private long changes;
    @Column(name = "planning_until")
    private Instant planningUntil;

    protected CarrierPlan() {
    }

    public CarrierPlan(String carrier, Instant at) {
        this.carrier = carrier;
        changed(at);
    }

    public void changed(Instant at) {
        dirty = true;
        changedAt = at;
        changes++;
    }

    /**
     * A plan of the state as it was when {@code changesRead} changes had been counted was applied; a change counted
     * since (its transaction may have committed after the plan read the state) keeps the carrier dirty.
     */
    public void planned(long changesRead, Instant at, double metres, int lateStops, int unrouted, long planMillis) {
        if (changes == changesRead) {
            dirty = false;
        }
        planningUntil = null;
        this.plannedAt = at;
        this.metres = metres;
        this.lateStops = lateStops;
        this.unrouted = unrouted;
        this.planMillis = planMillis;
    }

    /** This server plans the carrier until {@code until}, unless another one does now. */
    public boolean claim(Instant now, Instant until) {
        if (planningUntil != null && planningUntil.isAfter(now)) {
            return false;
        }
        planningUntil = until;
        return true;
    }

    public String carrier() { return carrier; }
    public long changes() { return changes; }
    public boolean dirty() { return dirty; }
    public Instant changedAt() { return changedAt; }
    public Instant plannedAt() { return plannedAt; }
    public Double metres() { return metres; }
    public Integer lateStops() { return lateStops; }
    public Integer unrouted() { return unrouted; }
    public Long planMillis() { return planMillis; }
}
