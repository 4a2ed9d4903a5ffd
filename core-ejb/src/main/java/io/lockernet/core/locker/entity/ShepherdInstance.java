package io.lockernet.core.locker.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Shepherd deployment lockers can be assigned to ({@code shepherd-N}). */
@Entity
@Table(name = "shepherd_instance")
public class ShepherdInstance {

    @Id
    private String id;
    private String description;

    protected ShepherdInstance() {
    }

    public ShepherdInstance(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public void describe(String description) {
        this.description = description;
    }
}
