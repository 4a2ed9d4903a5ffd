package io.lockernet.core.locker.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A retailer using the fleet: an id (its deployments are partner-ID and partner-admin-ID, its staff are in the Keycloak
 * group /retailers/ID) and a display name. Which lockers it may use is kept with the lockers ({@link Locker}).
 */
@Entity
@Table(name = "retailer")
public class Retailer {

    @Id
    private String id;
    private String name;

    protected Retailer() {
    }

    public Retailer(String id, String name) {
        this.id = id;
        this.name = name;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }
}
