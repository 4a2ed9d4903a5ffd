package io.lockernet.core.review.entity;

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
 * A finding of the reconciliation for an operator to resolve. While open it carries {@code openKey} (kind and
 * subject), which is unique: the same problem found again is not filed twice. Resolving clears the key, so a
 * problem that comes back later is filed anew.
 */
@Entity
@Table(name = "review_item")
public class ReviewItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ReviewKind kind;
    @Column(name = "locker_id")
    private String locker;
    private String compartment;
    private String subject;
    private String detail;
    @Column(name = "found_at")
    private Instant foundAt;
    @Column(name = "open_key")
    private String openKey;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "resolved_by")
    private String resolvedBy;
    private String resolution;

    protected ReviewItem() {
    }

    public ReviewItem(ReviewKind kind, String locker, String compartment, String subject, String detail,
                      Instant foundAt) {
        this.kind = kind;
        this.locker = locker;
        this.compartment = compartment;
        this.subject = subject;
        this.detail = detail.length() > 500 ? detail.substring(0, 500) : detail;
        this.foundAt = foundAt;
        this.openKey = key(kind, subject);
    }

    public static String key(ReviewKind kind, String subject) {
        return kind + ":" + subject;
    }

    public void resolve(String by, String resolution, Instant at) {
        this.resolvedBy = by;
        this.resolution = resolution.length() > 500 ? resolution.substring(0, 500) : resolution;
        this.resolvedAt = at;
        this.openKey = null;
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public Long id() { return id; }
    public ReviewKind kind() { return kind; }
    public String locker() { return locker; }
    public String compartment() { return compartment; }
    public String subject() { return subject; }
    public String detail() { return detail; }
    public Instant foundAt() { return foundAt; }
    public Instant resolvedAt() { return resolvedAt; }
    public String resolvedBy() { return resolvedBy; }
    public String resolution() { return resolution; }
}
