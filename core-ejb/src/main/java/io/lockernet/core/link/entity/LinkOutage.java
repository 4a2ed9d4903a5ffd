package io.lockernet.core.link.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A locker's link was down from {@code startedAt} to {@code endedAt} (still down while that is null). */
@Entity
@Table(name = "link_outage")
@NamedQuery(name = LinkOutage.OPEN, query = "select o from LinkOutage o where o.locker = :locker and o.endedAt is null")
@NamedQuery(name = LinkOutage.STARTED_SINCE, query = "select count(o) from LinkOutage o "
        + "where o.locker = :locker and o.startedAt >= :since")
public class LinkOutage {

    public static final String OPEN = "LinkOutage.open";
    public static final String STARTED_SINCE = "LinkOutage.startedSince";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "locker_id")
    private String locker;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "ended_at")
    private Instant endedAt;

    protected LinkOutage() {
    }

    public LinkOutage(String locker, Instant startedAt) {
        this.locker = locker;
        this.startedAt = startedAt;
    }

    /** The link is back; a return reported from before the drop (clocks of two Shepherds) ends it at its start. */
    public void end(Instant at) {
        this.endedAt = at.isBefore(startedAt) ? startedAt : at;
    }

    /** How much of this outage falls after {@code since}, up to {@code now} for one still going on. */
    public Duration within(Instant since, Instant now) {
        Instant from = startedAt.isBefore(since) ? since : startedAt;
        Instant to = endedAt == null ? now : endedAt;
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }

    public String locker() { return locker; }
    public Instant startedAt() { return startedAt; }
    public Instant endedAt() { return endedAt; }
}
