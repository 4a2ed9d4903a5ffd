package io.lockernet.core.link.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Work for the field service about one locker; at most one open ticket per kind and locker (see {@link #key}). While
 * open, an operator acknowledges it (the first acknowledgement counts) and it may be assigned; it closes with a
 * resolution, given by an operator or by the Core when the problem went away by itself.
 */
@Entity
@Table(name = "service_ticket")
public class ServiceTicket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private TicketKind kind;
    @Column(name = "locker_id")
    private String locker;
    private String detail;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "open_key")
    private String openKey;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private String closedBy;
    private String resolution;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "acknowledged_by")
    private String acknowledgedBy;
    private String assignee;

    protected ServiceTicket() {
    }

    public ServiceTicket(TicketKind kind, String locker, String detail, Instant openedAt) {
        this.kind = kind;
        this.locker = locker;
        this.detail = detail;
        this.openedAt = openedAt;
        this.openKey = key(kind, locker);
    }

    /** The value of the unique open_key column while a ticket of this kind for this locker is open. */
    public static String key(TicketKind kind, String locker) {
        return kind + "/" + locker;
    }

    /** Closes the ticket with what was done; the next problem of its kind at its locker is a new ticket. */
    public void close(Instant at, String by, String resolution) {
        this.closedAt = at;
        this.closedBy = cut(by, 100);
        this.resolution = resolution == null ? null : cut(resolution, 500);
        this.openKey = null;
    }

    /** Someone has seen it and is on it; true when this is the first acknowledgement (the one that counts). */
    public boolean acknowledge(String by, Instant at) {
        if (acknowledgedAt != null) {
            return false;
        }
        this.acknowledgedAt = at;
        this.acknowledgedBy = cut(by, 120);
        return true;
    }

    /** Whose it is now; null: nobody's. */
    public void assign(String assignee) {
        this.assignee = assignee == null ? null : cut(assignee, 120);
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    public Long id() { return id; }
    public TicketKind kind() { return kind; }
    public String locker() { return locker; }
    public String detail() { return detail; }
    public Instant openedAt() { return openedAt; }
    public Instant closedAt() { return closedAt; }
    public String closedBy() { return closedBy; }
    public String resolution() { return resolution; }
    public boolean isOpen() { return closedAt == null; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public String acknowledgedBy() { return acknowledgedBy; }
    public String assignee() { return assignee; }
}
