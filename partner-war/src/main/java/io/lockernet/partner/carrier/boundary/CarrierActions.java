package io.lockernet.partner.carrier.boundary;

import io.lockernet.partner.carrier.control.HandOvers;
import io.lockernet.partner.compartment.boundary.PageOpens;
import io.lockernet.partner.order.boundary.OrderDocuments.OrderDocument;
import io.lockernet.partner.order.boundary.OrdersInScope;
import io.lockernet.partner.order.boundary.OrdersPage;
import io.lockernet.partner.platform.PartnerConfig;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The Orders page's action on an OPEN order: handed to one of the retailer's carriers, whose courier brings it to a
 * locker of the order's store, as {@code POST /orders/{reference}/carrier} does.
 */
@Named
@RequestScoped
public class CarrierActions {

    @EJB
    HandOvers handOvers;

    @Inject
    OrdersInScope orders;

    @Inject
    PartnerConfig config;

    @Inject
    OrdersPage page;

    /** The carriers this retailer hands parcels to (none: no such buttons). */
    public List<String> carriers() {
        return config.carriers();
    }

    public void handOver(OrderDocument order, String carrier) {
        try {
            handOvers.handOver(orders.order(order.reference()).reference(), carrier, null);
            page.tell("Order " + order.reference() + " is handed to " + carrier + ": its courier brings it to a locker "
                    + "of store " + order.store() + ", and the customer is e-mailed a link to follow it.", null);
        } catch (RuntimeException e) {
            page.tell(null, "Order " + order.reference() + " was not handed to " + carrier + ": "
                    + PageOpens.message(e) + ".");
        }
    }
}
