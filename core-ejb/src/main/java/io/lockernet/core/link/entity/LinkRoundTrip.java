package io.lockernet.core.link.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** The ping round trips a Shepherd measured of a locker's link at one moment: one point of its history. */
@Entity
@Table(name = "link_round_trip")
@NamedQuery(name = LinkRoundTrip.SINCE, query = "select r from LinkRoundTrip r where r.locker = :locker "
        + "and r.measuredAt >= :since order by r.measuredAt")
@NamedQuery(name = LinkRoundTrip.DELETE_BEFORE, query = "delete from LinkRoundTrip r where r.locker = :locker "
        + "and r.measuredAt < :before")
public class LinkRoundTrip {

    public static final String SINCE = "LinkRoundTrip.since";
    public static final String DELETE_BEFORE = "LinkRoundTrip.deleteBefore";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "locker_id")
    private String locker;
    @Column(name = "measured_at")
    private Instant measuredAt;
    private Integer samples;
    @Column(name = "p50_ms")
    private Double p50Ms;
    @Column(name = "p99_ms")
    private Double p99Ms;
    @Column(name = "max_ms")
    private Double maxMs;

    protected LinkRoundTrip() {
    }

    public LinkRoundTrip(String locker, Instant measuredAt, int samples, double p50Ms, double p99Ms, double maxMs) {
        this.locker = locker;
        this.measuredAt = measuredAt;
        this.samples = samples;
        this.p50Ms = p50Ms;
        this.p99Ms = p99Ms;
        this.maxMs = maxMs;
    }

    public String locker() { return locker; }
    public Instant measuredAt() { return measuredAt; }
    public Integer samples() { return samples; }
    public Double p50Ms() { return p50Ms; }
    public Double p99Ms() { return p99Ms; }
    public Double maxMs() { return maxMs; }
}
