package io.lockernet.core.layout.entity;

import io.lockernet.api.layout.LayoutJson;
import io.lockernet.api.layout.LockerLayout;
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

/**
 * One saved version of a locker's layout. Its {@code configVersion} ({@code layout-v3}) is what the locker reports in
 * its {@code hello} once it has applied it.
 */
@Entity
@Table(name = "locker_layout")
@NamedQuery(name = LayoutVersion.NEWEST, query = "select l from LayoutVersion l where l.locker = :locker "
        + "order by l.version desc")
public class LayoutVersion {

    public static final String NEWEST = "LayoutVersion.newest";

    /** Where the locker stands with this version. */
    public enum State { SENT, APPLIED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "locker_id")
    private String locker;
    private int version;
    @Column(name = "config_version")
    private String configVersion;
    @Column(name = "layout_json")
    private String layoutJson;
    @Enumerated(EnumType.STRING)
    private State state;
    private String reason;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "applied_at")
    private Instant appliedAt;

    protected LayoutVersion() {
    }

    public LayoutVersion(String locker, int version, String layoutJson, String createdBy, Instant createdAt) {
        this.locker = locker;
        this.version = version;
        this.configVersion = "layout-v" + version;
        this.layoutJson = layoutJson;
        this.state = State.SENT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void applied(Instant at) {
        this.state = State.APPLIED;
        this.reason = null;
        this.appliedAt = at;
    }

    /** A remark on how it was applied (compartments kept as they were, say). */
    public void note(String remark) {
        this.reason = remark.length() > 300 ? remark.substring(0, 300) : remark;
    }

    public void rejected(String reason) {
        this.state = State.REJECTED;
        this.reason = reason == null ? null : reason.length() > 300 ? reason.substring(0, 300) : reason;
    }

    public LockerLayout layout() {
        return LayoutJson.read(layoutJson);
    }

    public String layoutJson() {
        return layoutJson;
    }

    public String locker() {
        return locker;
    }

    public int version() {
        return version;
    }

    public String configVersion() {
        return configVersion;
    }

    public State state() {
        return state;
    }

    public String reason() {
        return reason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant appliedAt() {
        return appliedAt;
    }
}
