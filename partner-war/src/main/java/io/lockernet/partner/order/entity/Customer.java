package io.lockernet.partner.order.entity;

import io.lockernet.partner.privacy.control.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A customer of this retailer: personal data, kept in this retailer's Partner DB and nowhere else, and there only
 * sealed under the retailer's key; found by e-mail address through its keyed hash.
 */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Convert(converter = SealedText.CustomerName.class)
    private String name;
    @Convert(converter = SealedText.CustomerEmail.class)
    private String email;
    @Convert(converter = SealedText.CustomerPhone.class)
    private String phone;
    @Column(name = "email_hash")
    private String emailHash;
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

    /** Makes the customer findable by e-mail address: the address's keyed hash under the current key (and version). */
    public void findableBy(String emailHash) {
        this.emailHash = emailHash;
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
