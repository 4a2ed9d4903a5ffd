package io.lockernet.partner.parcel.boundary;

import io.lockernet.partner.compartment.boundary.PageOpens;
import io.lockernet.partner.order.boundary.OrderDocuments.OrderDocument;
import io.lockernet.partner.order.boundary.OrdersPage;
import io.lockernet.partner.parcel.control.Parcels;
import io.lockernet.partner.parcel.entity.Parcel;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The Orders page's action on a deposited order: its pickup window extended once, through the REST API's control. */
@Named
@RequestScoped
public class ParcelActions {

    @EJB
    Parcels parcels;

    @Inject
    OrdersPage page;

    /** The customer asked for more time: one more pickup window, once; a second time is refused with a notice. */
    public void extend(OrderDocument order) {
        try {
            Parcel parcel = parcels.extend(order.reference());
            page.tell("The pickup window of order " + order.reference() + " now ends "
                    + OrdersPage.WHEN.format(parcel.expiresAt()) + ".", null);
        } catch (RuntimeException e) {
            page.tell(null, "Order " + order.reference() + " was not extended: " + PageOpens.message(e) + ".");
        }
    }
}
