package io.lockernet.partner.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A customer of this retailer: personal data, kept in this retailer's Partner DB and nowhere else. */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String email;
    private String phone;
    /** The customer cannot reach high compartments (a wheelchair user): parcels go into low ones only. */
    @Column(name = "low_compartment")
    private boolean lowCompartment;

    protected Customer() {
    }

    public Customer(String name, String email, String phone, boolean lowCompartment) {
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.lowCompartment = lowCompartment;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public boolean lowCompartment() {
        return lowCompartment;
    }
}
