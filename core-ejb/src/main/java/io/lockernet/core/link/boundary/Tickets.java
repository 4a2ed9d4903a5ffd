package io.lockernet.core.link.boundary;

import io.lockernet.api.core.ServiceTicketView;
import io.lockernet.api.core.TicketEntryView;
import io.lockernet.core.link.control.LinkBroadcast;
import io.lockernet.core.link.control.TicketStateException;
import io.lockernet.core.link.entity.ServiceTicket;
import io.lockernet.core.link.entity.TicketEntry;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Service tickets to closure, as operators take them: acknowledged, assigned, commented, resolved with what was done;
 * each step a line of the ticket's history. Each method answers empty for an unknown ticket; acknowledging, assigning
 * or resolving a closed one is refused ({@link TicketStateException}), commenting on it is not (what was found later).
 */
@Stateless
public class Tickets {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LinkBroadcast broadcast;

    /** The locker a ticket is about, for checking the caller's regions before anything else. */
    public Optional<String> lockerOf(long id) {
        return Optional.ofNullable(em.find(ServiceTicket.class, id)).map(ServiceTicket::locker);
    }

    /** One ticket with its history. */
    public Optional<ServiceTicketView> find(long id) {
        return Optional.ofNullable(em.find(ServiceTicket.class, id)).map(this::detailed);
    }

    /** Someone is on it: the ticket shows who and since when (the first acknowledgement counts). */
    public Optional<ServiceTicketView> acknowledge(long id, String by) {
        return change(id, ticket -> {
            if (ticket.acknowledge(by, clock.instant())) {
                note(ticket, by, TicketEntry.Action.ACKNOWLEDGED, null);
            }
        });
    }

    /** Gives the ticket to an operator (null: to nobody); assigning acknowledges it too. */
    public Optional<ServiceTicketView> assign(long id, String assignee, String by) {
        return change(id, ticket -> {
            ticket.acknowledge(by, clock.instant());
            ticket.assign(assignee);
            note(ticket, by, TicketEntry.Action.ASSIGNED, assignee == null ? "to nobody" : "to " + assignee);
        });
    }

    /** A comment in the ticket's history; also on a closed ticket. */
    public Optional<ServiceTicketView> comment(long id, String text, String by) {
        return Optional.ofNullable(em.find(ServiceTicket.class, id)).map(ticket -> {
            note(ticket, by, TicketEntry.Action.COMMENTED, text);
            broadcast.ticketChanged(ticket.locker(), ticket.id());
            return detailed(ticket);
        });
    }

    /** Closes an open ticket with what was done; the next problem of its kind at its locker is a new ticket. */
    public Optional<ServiceTicketView> resolve(long id, String by, String resolution) {
        return change(id, ticket -> {
            ticket.close(clock.instant(), by, resolution);
            note(ticket, by, TicketEntry.Action.RESOLVED, resolution);
        });
    }

    /** The latest closed tickets, newest first, by an operator or by the Core. */
    public List<ServiceTicketView> closed(int max) {
        return em.createQuery("select t from ServiceTicket t where t.closedAt is not null order by t.closedAt desc",
                ServiceTicket.class).setMaxResults(max).getResultStream().map(t -> view(t, null)).toList();
    }

    /** As an operator sees a ticket; {@code history} only when one ticket is asked for, else null. */
    static ServiceTicketView view(ServiceTicket t, List<TicketEntry> history) {
        return new ServiceTicketView(t.id(), t.kind().name(), t.locker(), t.detail(), t.openedAt(), t.closedAt(),
                t.closedBy(), t.resolution(), t.acknowledgedAt(), t.acknowledgedBy(), t.assignee(),
                history == null ? null : history.stream()
                        .map(e -> new TicketEntryView(e.at(), e.actor(), e.action().name(), e.text())).toList());
    }

    private Optional<ServiceTicketView> change(long id, Consumer<ServiceTicket> change) {
        ServiceTicket ticket = em.find(ServiceTicket.class, id);
        if (ticket == null) {
            return Optional.empty();
        }
        if (!ticket.isOpen()) {
            throw new TicketStateException("service ticket " + id + " is closed; a comment may still be added");
        }
        change.accept(ticket);
        broadcast.ticketChanged(ticket.locker(), ticket.id());
        return Optional.of(detailed(ticket));
    }

    private void note(ServiceTicket ticket, String by, TicketEntry.Action action, String text) {
        em.persist(new TicketEntry(ticket.id(), clock.instant(), by, action, text));
    }

    private ServiceTicketView detailed(ServiceTicket ticket) {
        return view(ticket, em.createNamedQuery(TicketEntry.OF_TICKET, TicketEntry.class)
                .setParameter("ticket", ticket.id()).getResultList());
    }
}
