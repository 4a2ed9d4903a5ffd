package io.lockernet.core.locker.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A Shepherd deployment lockers can be assigned to ({@code shepherd-N}): what it said about itself, and when it was
 * last heard from (it registers every half minute while it runs).
 */
@Entity
@Table(name = "shepherd_instance")
public class ShepherdInstance {

    @Id
    private String id;
    private String description;
    private String build;
    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    protected ShepherdInstance() {
    }

    public ShepherdInstance(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** What the instance said about itself just now: its description and build. */
    public void heardFrom(String description, String build, Instant at) {
        this.description = description;
        this.build = build;
        this.lastSeenAt = at;
    }
}
