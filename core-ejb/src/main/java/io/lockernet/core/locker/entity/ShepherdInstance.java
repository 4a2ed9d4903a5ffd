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

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }
}
