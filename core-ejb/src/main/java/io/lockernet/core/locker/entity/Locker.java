package io.lockernet.core.locker.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A parcel locker in the field: assigned to one Shepherd instance, usable by some retailers. Written column by column
 * ({@code @DynamicUpdate}): many transactions touch one locker at once (every frame marks it seen, its link marks it
 * online, an operator moves it), and a whole-row update by one would undo another's change to other columns, as when
 * a hello read before an operator's move put the old Shepherd back (ShepherdFailoverIT, once, on PostgreSQL).
 */
@Entity
@Table(name = "locker")
@DynamicUpdate
public class Locker {

    @Id
    private String id;
    private String name;
    private String store;
    /** Where it stands, for whom may look after it: installers and fleet operators work in their regions only. */
    private String region;
    @Column(name = "shepherd_id")
    private String shepherd;
    @Column(name = "fallback_shepherd_id")
    private String fallbackShepherd;
    /** The Shepherd holding the locker's connection now; null while offline. */
    @Column(name = "connected_via")
    private String connectedVia;
    /** The last link change applied: which Shepherd reported it, and when it saw it (by that Shepherd's clock). */
    @Column(name = "link_changed_by")
    private String linkChangedBy;
    @Column(name = "link_changed_at")
    private Instant linkChangedAt;
    /**
     * The Shepherd an operator moved the locker away from while it held its connection, and when (the Core's clock):
     * what it still reports about the locker for a while (a command it could not deliver, readings in its batch) is
     * believed, though it may no longer connect it.
     */
    @Column(name = "released_from")
    private String releasedFrom;
    @Column(name = "released_at")
    private Instant releasedAt;
    private String firmware;
    @Column(name = "config_version")
    private String configVersion;
    private boolean online;
    @Column(name = "last_seen")
    private Instant lastSeen;
    @Column(name = "rtt_samples")
    private Integer rttSamples;
    @Column(name = "rtt_p50_ms")
    private Double rttP50Ms;
    @Column(name = "rtt_p99_ms")
    private Double rttP99Ms;
    @Column(name = "rtt_max_ms")
    private Double rttMaxMs;
    @Column(name = "rtt_measured_at")
    private Instant rttMeasuredAt;
    /** When an operator took it out of the fleet; null while it is in. Its row stays for the history. */
    @Column(name = "decommissioned_at")
    private Instant decommissionedAt;
    @Column(name = "isolated_at")
    private Instant isolatedAt;
    @Embedded
    private Site site;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "retailer_locker", joinColumns = @JoinColumn(name = "locker_id"))
    @Column(name = "retailer_id")
    private Set<String> retailers = new HashSet<>();

    protected Locker() {
    }

    public Locker(String id, String name, String store, String shepherd) {
        this.id = id;
        this.shepherd = shepherd;
        describe(name, store);
    }

    public void describe(String name, String store) {
        this.name = name;
        this.store = store;
    }

    public void standsAt(Site site) {
        this.site = site;
    }

    /** Where it stands, for couriers' routes; unknown (never null) until an operator says. */
    public Site site() {
        return site == null ? new Site() : site;
    }

    /** The retailers that may use this locker, from now on exactly these. */
    public void usableBy(Set<String> retailers) {
        this.retailers.retainAll(retailers);
        this.retailers.addAll(retailers);
    }

    /** Lets the retailer use this locker (true), or no longer (false). */
    public void usableBy(String retailer, boolean usable) {
        if (usable) {
            retailers.add(retailer);
        } else {
            retailers.remove(retailer);
        }
    }

    public boolean usableBy(String retailer) {
        return retailers.contains(retailer);
    }

    public void announced(String firmware, String configVersion, Instant at) {
        this.firmware = firmware;
        this.configVersion = configVersion;
        seen(at);
    }

    /**
     * The locker was heard from. Only its link decides whether it is online: a frame redelivered after its link ended
     * must not bring it back.
     */
    public void seen(Instant at) {
        if (lastSeen == null || at.isAfter(lastSeen)) {
            this.lastSeen = at;
        }
    }

    /**
     * Whether news of the locker's link, from this Shepherd and seen at this time, is older than the last change that
     * Shepherd reported: a message redelivered after a later one (an "offline" after the next "online"). Times of
     * different Shepherds are not compared (their clocks differ); which Shepherd holds the link decides there.
     */
    public boolean outdatedLinkNews(String via, Instant at) {
        return via != null && via.equals(linkChangedBy) && linkChangedAt != null && at.isBefore(linkChangedAt);
    }

    private void linkChanged(String via, Instant at) {
        this.linkChangedBy = via;
        this.linkChangedAt = at;
    }

    /**
     * A Shepherd admitted the locker; the other Shepherd through which it was online until now, if any (that link is
     * the older of two and is to be ended).
     */
    public Optional<String> connected(String via, Instant at) {
        String older = online && connectedVia != null && !connectedVia.equals(via) ? connectedVia : null;
        seen(at);
        this.online = true;
        this.connectedVia = via;
        linkChanged(via, at);
        return Optional.ofNullable(older);
    }

    /**
     * A Shepherd saw the locker's connection end. False, and nothing changes, when the locker is connected through
     * another Shepherd now: a late drop from the one it left.
     */
    public boolean disconnected(String via, Instant at) {
        if (connectedVia != null && via != null && !connectedVia.equals(via)) {
            return false;
        }
        seen(at);
        this.online = false;
        this.connectedVia = null;
        linkChanged(via, at);
        return true;
    }

    /** Out of the fleet from now on: no retailer may use it, no Shepherd may admit it. */
    public void decommission(Instant at) {
        this.decommissionedAt = at;
        this.retailers.clear();
    }

    /** Entered again after it was taken out: back in the fleet, with its history. */
    public void recommission() {
        this.decommissionedAt = null;
    }

    public boolean decommissioned() {
        return decommissionedAt != null;
    }

    /** Isolated by an operator (an alarm about it): no Shepherd admits it until it gets a new secret. */
    public void isolate(Instant at) {
        this.isolatedAt = at;
    }

    /** A new secret ends an isolation. */
    public void liftIsolation() {
        this.isolatedAt = null;
    }

    public boolean isolated() {
        return isolatedAt != null;
    }

    /** Whether the locker may connect to this Shepherd: its primary or its fallback. */
    public boolean mayConnectTo(String instance) {
        return instance.equals(shepherd) || instance.equals(fallbackShepherd);
    }

    /** The Shepherd a command must go through: the one holding the connection, else the primary. */
    public String route() {
        return connectedVia != null ? connectedVia : shepherd;
    }

    /**
     * Whether the Shepherd may speak for the locker: it is its primary or fallback, holds its connection, or held it
     * until the locker was moved away after {@code releasedSince}. (The same rule as {@code Lockers.carriedBy}.)
     */
    public boolean carriedBy(String via, Instant releasedSince) {
        return mayConnectTo(via) || via.equals(connectedVia)
                || via.equals(releasedFrom) && releasedAt != null && releasedAt.isAfter(releasedSince);
    }

    /** Whether the locker is online through this Shepherd now. */
    public boolean onlineVia(String via) {
        return online && via.equals(connectedVia);
    }

    /**
     * The operator moved the locker off the Shepherd holding its connection, which is told to end it: from now on the
     * locker counts as offline and its commands go to its new primary, whatever that Shepherd does.
     */
    public void released(Instant at) {
        this.releasedFrom = connectedVia;
        this.releasedAt = at;
        this.connectedVia = null;
        this.online = false;
    }

    /** An operator moves the locker; its current connection, if through neither, is to be ended. */
    public void assign(String primary, String fallback) {
        this.shepherd = primary;
        this.fallbackShepherd = fallback;
    }

    public String fallbackShepherd() {
        return fallbackShepherd;
    }

    public String connectedVia() {
        return connectedVia;
    }

    /** The ping round trips the Shepherd measured over its recent pings; an older report changes nothing. */
    public void roundTrips(int samples, double p50Ms, double p99Ms, double maxMs, Instant at) {
        if (rttMeasuredAt != null && !at.isAfter(rttMeasuredAt)) {
            return;
        }
        this.rttSamples = samples;
        this.rttP50Ms = p50Ms;
        this.rttP99Ms = p99Ms;
        this.rttMaxMs = maxMs;
        this.rttMeasuredAt = at;
    }

    public Integer rttSamples() { return rttSamples; }
    public Double rttP50Ms() { return rttP50Ms; }
    public Double rttP99Ms() { return rttP99Ms; }
    public Double rttMaxMs() { return rttMaxMs; }
    public Instant rttMeasuredAt() { return rttMeasuredAt; }

    public String id() { return id; }
    public String name() { return name; }
    public String region() { return region; }

    public void placeIn(String region) {
        this.region = region;
    }

    public String store() { return store; }
    public String shepherd() { return shepherd; }
    public boolean online() { return online; }
    public Instant lastSeen() { return lastSeen; }
    public String configVersion() { return configVersion; }
    public String firmware() { return firmware; }

    public Set<String> retailers() {
        return Set.copyOf(retailers);
    }
}
