package io.lockernet.partner.order.boundary;

import io.lockernet.partner.order.control.Orders;
import io.lockernet.partner.order.entity.CustomerOrder;
import io.lockernet.partner.platform.StaffMember;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

/** An order named in a request, for every area's resources that act on one: found only at the caller's stores. */
@RequestScoped
public class OrdersInScope {

    @EJB
    Orders orders;

    @Inject
    StaffMember staff;

    /** The order, if there is one and it is for one of the caller's stores (404 either way). */
    public CustomerOrder order(String reference) {
        CustomerOrder order = orders.order(reference).orElseThrow(() -> new NotFoundException("no order " + reference));
        staff.scope().checkFound(order.store(), "no order " + reference);
        return order;
    }
}
