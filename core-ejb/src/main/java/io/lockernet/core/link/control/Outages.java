package io.lockernet.core.link.control;

import io.lockernet.core.link.entity.LinkOutage;
import io.lockernet.core.link.entity.ServiceTicket;
import io.lockernet.core.link.entity.TicketEntry;
import io.lockernet.core.link.entity.TicketKind;
import io.lockernet.core.locker.entity.Locker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns the Shepherds' drop and return messages into outages, and outages into at most one flapping ticket per
 * locker. Idempotent: a drop while an outage is open, or a return with none open, changes nothing, so a redelivered
 * message is harmless. One locker's link messages arrive in order (one JMS message group per locker).
 */
@ApplicationScoped
public class Outages {

    private static final Logger LOG = Logger.getLogger(Outages.class.getName());

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Event<LinkChanged> changed;

    @Inject
    LinkBroadcast broadcast;

    /** This many drops within {@link #flapWindowSeconds} make a link flapping. */
    @Inject
    @ConfigProperty(name = "lockernet.link.flaps", defaultValue = "3")
    int flaps;

    @Inject
    @ConfigProperty(name = "lockernet.link.flap-window-seconds", defaultValue = "900")
    long flapWindowSeconds;

    /** A flapping ticket closes by itself once the link has been up without a drop for this long. */
    @Inject
    @ConfigProperty(name = "lockernet.link.stable-seconds", defaultValue = "1800")
    long stableSeconds;

    public void dropped(String locker, Instant at) {
        if (open(locker).isPresent()) {
            return;
        }
        em.persist(new LinkOutage(locker, at));
        changed.fire(new LinkChanged(locker, false, at));
        long recent = em.createNamedQuery(LinkOutage.STARTED_SINCE, Long.class).setParameter("locker", locker)
                .setParameter("since", at.minusSeconds(flapWindowSeconds)).getSingleResult();
        if (recent >= flaps && openTicket(TicketKind.LINK_FLAPPING, locker).isEmpty()) {
            LOG.info(() -> "locker " + locker + " is flapping: " + recent + " drops within " + flapWindowSeconds + " s");
            ServiceTicket ticket = new ServiceTicket(TicketKind.LINK_FLAPPING, locker, "the link dropped " + recent
                    + " times within " + flapWindowSeconds + " s; check antenna, SIM, power and cabling", at);
            em.persist(ticket);
            broadcast.ticketChanged(locker, ticket.id());
        }
    }

    public void returned(String locker, Instant at) {
        open(locker).ifPresent(outage -> {
            outage.end(at);
            changed.fire(new LinkChanged(locker, true, at));
        });
    }

    /**
     * Closes flapping tickets of lockers that are online and have not dropped for the stable period; the ticket's
     * history says the Core closed it.
     */
    public int closeSteady(Instant now) {
        Instant stableSince = now.minusSeconds(stableSeconds);
        int closed = 0;
        for (ServiceTicket ticket : em.createQuery("select t from ServiceTicket t where t.kind = :kind "
                + "and t.closedAt is null", ServiceTicket.class).setParameter("kind", TicketKind.LINK_FLAPPING)
                .getResultList()) {
            Locker locker = em.find(Locker.class, ticket.locker());
            long drops = em.createNamedQuery(LinkOutage.STARTED_SINCE, Long.class)
                    .setParameter("locker", ticket.locker()).setParameter("since", stableSince).getSingleResult();
            if (locker != null && locker.online() && open(ticket.locker()).isEmpty() && drops == 0) {
                String resolution = "closed automatically: no drop for " + stableSeconds + " s";
                ticket.close(now, "lockernet", resolution);
                em.persist(new TicketEntry(ticket.id(), now, "lockernet", TicketEntry.Action.RESOLVED, resolution));
                broadcast.ticketChanged(ticket.locker(), ticket.id());
                closed++;
            }
        }
        return closed;
    }

    /** Outages that overlap the period since {@code since}, oldest first. */
    public List<LinkOutage> since(String locker, Instant since) {
        return em.createQuery("select o from LinkOutage o where o.locker = :locker "
                        + "and (o.endedAt is null or o.endedAt >= :since) order by o.startedAt", LinkOutage.class)
                .setParameter("locker", locker).setParameter("since", since).getResultList();
    }

    public Duration stablePeriod() {
        return Duration.ofSeconds(stableSeconds);
    }

    private Optional<LinkOutage> open(String locker) {
        return em.createNamedQuery(LinkOutage.OPEN, LinkOutage.class).setParameter("locker", locker)
                .getResultStream().findFirst();
    }

    private Optional<ServiceTicket> openTicket(TicketKind kind, String locker) {
        return em.createQuery("select t from ServiceTicket t where t.openKey = :key", ServiceTicket.class)
                .setParameter("key", ServiceTicket.key(kind, locker)).getResultStream().findFirst();
    }
}
