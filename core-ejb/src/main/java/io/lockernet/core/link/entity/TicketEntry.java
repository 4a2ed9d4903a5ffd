package io.lockernet.core.link.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of a service ticket's history: who did what to it, when, and what they wrote. */
@Entity
@Table(name = "ticket_entry")
@NamedQuery(name = TicketEntry.OF_TICKET,
        query = "select e from TicketEntry e where e.ticket = :ticket order by e.at, e.id")
public class TicketEntry {

    /** A ticket's history, oldest first. */
    public static final String OF_TICKET = "TicketEntry.ofTicket";

    /** What was done; RESOLVED also when the Core closed the ticket by itself (actor {@code lockernet}). */
    public enum Action { ACKNOWLEDGED, ASSIGNED, COMMENTED, RESOLVED }

    private static final int MAX_TEXT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "ticket_id")
    private Long ticket;
    private Instant at;
    private String actor;
    @Enumerated(EnumType.STRING)
    private Action action;
    private String text;

    protected TicketEntry() {
    }

    public TicketEntry(long ticket, Instant at, String actor, Action action, String text) {
        this.ticket = ticket;
        this.at = at;
        this.actor = actor.length() > 120 ? actor.substring(0, 120) : actor;
        this.action = action;
        this.text = text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public Action action() {
        return action;
    }

    public String text() {
        return text;
    }
}
