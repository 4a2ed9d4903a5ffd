package io.lockernet.core.locker.boundary;

import io.lockernet.api.protocol.CloseCodes;
import io.lockernet.core.locker.control.LinkCommands;
import io.lockernet.core.locker.control.LockerDevices;
import io.lockernet.core.locker.control.UnknownLockerException;
import io.lockernet.core.locker.entity.Compartment;
import io.lockernet.core.locker.entity.Locker;
import io.lockernet.core.locker.entity.Site;
import io.lockernet.core.locker.entity.ShepherdInstance;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** The lockers and compartments the Core knows (what their devices announce: {@link LockerDevices}). */
@Stateless
public class Lockers {

    private static final Logger LOG = Logger.getLogger(Lockers.class.getName());

    private static final Pattern LOCKER_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    /** A region's name, as in its Keycloak group {@code /regions/<name>}. */
    private static final Pattern REGION = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    LinkCommands commands;

    @Inject
    Clock clock;

    @Inject
    LockerDevices devices;

    public Optional<Locker> find(String locker) {
        return Optional.ofNullable(em.find(Locker.class, locker));
    }

    /**
     * Which of these lockers the Shepherd may speak for: those assigned to it (primary or fallback) and the one whose
     * connection it holds (a locker just moved away, until its release arrives).
     */
    public Set<String> carriedBy(String shepherd, Collection<String> lockers) {
        if (lockers.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select l.id from Locker l where l.id in :ids and (l.shepherd = :s "
                        + "or l.fallbackShepherd = :s or l.connectedVia = :s "
                        + "or l.releasedFrom = :s and l.releasedAt > :since)", String.class)
                .setParameter("ids", Set.copyOf(lockers))
                .setParameter("s", shepherd)
                .setParameter("since", clock.instant().minus(RELEASE_GRACE))
                .getResultList());
    }

    /**
     * Whether the Shepherd may speak for this one locker ({@link #carriedBy}). Read through the persistence context:
     * the realtime path reads the same locker right after, in the same transaction, at no further cost.
     */
    public boolean carries(String shepherd, String lockerId) {
        Locker locker = em.find(Locker.class, lockerId);
        return locker != null && locker.carriedBy(shepherd, clock.instant().minus(RELEASE_GRACE));
    }

    /**
     * How long a Shepherd the locker was moved away from is still believed about it: commands it could not deliver
     * any more and readings it had taken arrive after the move.
     */
    static final Duration RELEASE_GRACE = Duration.ofMinutes(10);

    public Locker get(String locker) {
        return find(locker).orElseThrow(() -> new UnknownLockerException(locker));
    }

    public List<Locker> usableBy(String retailer) {
        return em.createQuery("select l from Locker l where :retailer member of l.retailers "
                        + "and l.decommissionedAt is null order by l.id", Locker.class)
                .setParameter("retailer", retailer)
                .getResultList();
    }

    /** The region the locker stands in; empty for an unknown locker or one placed in none. */
    /** A new secret ends the locker's isolation: Shepherds admit it again. */
    public void liftIsolation(String locker) {
        find(locker).ifPresent(Locker::liftIsolation);
    }

    public Optional<String> regionOf(String locker) {
        return find(locker).map(Locker::region);
    }

    /** Every locker's region (lockers in none are left out): to show an operator only what is in their regions. */
    public Map<String, String> regions() {
        Map<String, String> regions = new HashMap<>();
        em.createQuery("select l.id, l.region from Locker l where l.region is not null", Object[].class)
                .getResultList().forEach(row -> regions.put((String) row[0], (String) row[1]));
        return regions;
    }

    /** The lockers of the fleet (those taken out of it are left out: {@link #decommissioned()}). */
    public List<Locker> all() {
        return em.createQuery("select l from Locker l where l.decommissionedAt is null order by l.id", Locker.class)
                .getResultList();
    }

    /** The lockers taken out of the fleet, whose rows stay for their history. */
    public List<Locker> decommissioned() {
        return em.createQuery("select l from Locker l where l.decommissionedAt is not null order by l.id",
                Locker.class).getResultList();
    }

    /** A locker of the fleet: empty for an unknown one and for one taken out of it (no Shepherd may admit it). */
    public Optional<Locker> inFleet(String locker) {
        return find(locker).filter(l -> !l.decommissioned());
    }

    public List<Compartment> compartments(String locker) {
        return em.createNamedQuery(Compartment.BY_LOCKER, Compartment.class)
                .setParameter("locker", locker)
                .getResultList();
    }

    public Compartment compartment(String locker, String name) {
        return devices.compartment(locker, name);
    }

    /**
     * A Shepherd admitted the locker ({@code online}) or saw its connection end. Nothing changes for an unknown locker,
     * for a redelivered message older than what that Shepherd last reported (a first delivery keeps the order the
     * Shepherd sent in: one locker's messages are one message group), for a late drop from a Shepherd the locker has
     * already left for another, or for an admission by a Shepherd the locker may no longer use. A locker holds one link: admitted
     * through one Shepherd while its link through another is live, the newer link stays and the older one is ended
     * (4409) by its Shepherd, whose drop then changes nothing. Only the Core sees both links, and it cannot tell a
     * live older link from a dead one its Shepherd has not noticed yet; the newer one has just proven its token.
     */
    public LinkChange linkChanged(String lockerId, boolean online, Instant at, String shepherd, boolean redelivered) {
        Locker locker = em.find(Locker.class, lockerId);
        if (locker == null || redelivered && locker.outdatedLinkNews(shepherd, at)) {
            return LinkChange.NONE;
        }
        if (!online) {
            return locker.disconnected(shepherd, at) ? LinkChange.CHANGED : LinkChange.NONE;
        }
        if (!locker.mayConnectTo(shepherd) || locker.decommissioned()) {
            LOG.info(() -> "ignoring " + shepherd + "'s news that " + lockerId + " connected: it may no longer");
            return LinkChange.NONE;
        }
        boolean already = locker.onlineVia(shepherd);
        Optional<String> superseded = locker.connected(shepherd, at);
        superseded.ifPresent(older -> commands.release(lockerId, older, CloseCodes.DUPLICATE,
                "locker " + lockerId + " connected again through " + shepherd));
        return new LinkChange(!already, superseded.orElse(null));
    }

    /** What a link event changed: whether the locker's link state did, and the Shepherd whose link was superseded. */
    public record LinkChange(boolean changed, String superseded) {
        static final LinkChange NONE = new LinkChange(false, null);
        static final LinkChange CHANGED = new LinkChange(true, null);
    }

    /**
     * An operator enters a locker into the fleet, or changes where it stands (its region too, unless that is null),
     * its Shepherds and its retailers. True when the locker is new, or back after it was decommissioned. Its
     * compartments come with its first {@code hello}.
     */
    public boolean register(String lockerId, String name, String store, String region, String primary,
                            String fallback, Set<String> retailers) {
        if (!LOCKER_ID.matcher(lockerId).matches()) {
            throw new IllegalArgumentException("a locker id is 1 to 40 letters, digits, '-' or '_', not '" + lockerId
                    + "'");
        }
        if (region != null && !REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("a region is 1 to 40 lower-case letters, digits or '-', not '" + region
                    + "'");
        }
        for (String retailer : retailers) {
            if (em.createNativeQuery("select count(*) from retailer where id = ?1").setParameter(1, retailer)
                    .getSingleResult() instanceof Number n && n.longValue() == 0) {
                throw new IllegalArgumentException("no retailer '" + retailer + "'");
            }
        }
        Locker locker = em.find(Locker.class, lockerId);
        boolean created = locker == null || locker.decommissioned();
        if (locker == null) {
            requireShepherd(primary);
            locker = new Locker(lockerId, name, store, primary);
            em.persist(locker);
        } else {
            locker.recommission();
            locker.describe(name, store);
        }
        if (region != null) {
            locker.placeIn(region);
        }
        locker.usableBy(retailers);
        em.flush();
        assign(lockerId, primary, fallback);
        return created;
    }

    /** An operator says where the locker stands and when it opens (for couriers' routes). */
    public void place(String lockerId, Site site) {
        get(lockerId).standsAt(site);
    }

    /**
     * An operator assigns the locker a primary and a fallback Shepherd (null for none). Both must be known instances
     * and differ. A connection through neither, or through another than a new primary, is ended: its Shepherd is told
     * in this transaction and closes it with 4410 naming the new primary. The answer names that Shepherd, if any.
     */
    public Optional<String> assign(String lockerId, String primary, String fallback) {
        Locker locker = inFleet(lockerId).orElseThrow(() -> new UnknownLockerException(lockerId));
        requireShepherd(primary);
        if (fallback != null) {
            requireShepherd(fallback);
        }
        if (primary.equals(fallback)) {
            throw new IllegalArgumentException("the fallback must differ from the primary Shepherd " + primary);
        }
        boolean primaryChanged = !primary.equals(locker.shepherd());
        locker.assign(primary, fallback);
        String via = locker.connectedVia();
        // a locker moves when its connection is through a Shepherd it may no longer use, or when it was given a new
        // primary (an operator draining a Shepherd wants its lockers off it now, not at their next outage)
        if (via == null || via.equals(primary) || locker.mayConnectTo(via) && !primaryChanged) {
            return Optional.empty();
        }
        commands.release(lockerId, via, CloseCodes.REASSIGNED, "reassigned to " + primary);
        if (!locker.mayConnectTo(via)) {
            locker.released(clock.instant());
        }
        return Optional.of(via);
    }

    private void requireShepherd(String instance) {
        if (em.find(ShepherdInstance.class, instance) == null) {
            throw new IllegalArgumentException("no Shepherd instance '" + instance + "'");
        }
    }
}
