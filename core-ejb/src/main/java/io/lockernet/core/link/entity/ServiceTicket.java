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

/** Work for the field service about one locker; at most one open ticket per kind and locker (see {@link #key}). */
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

    public void close(Instant at, String by, String resolution) {
        this.closedAt = at;
        this.closedBy = by;
        this.resolution = resolution;
        this.openKey = null;
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
}
