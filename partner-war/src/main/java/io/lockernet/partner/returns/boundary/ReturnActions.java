package io.lockernet.partner.returns.boundary;

import io.lockernet.partner.compartment.boundary.PageOpens;
import io.lockernet.partner.order.boundary.OrderDocuments.OrderDocument;
import io.lockernet.partner.order.boundary.OrdersPage;
import io.lockernet.partner.platform.StaffMember;
import io.lockernet.partner.returns.control.ReturnDropOffs;
import io.lockernet.partner.returns.control.Returns;
import io.lockernet.partner.returns.entity.CustomerReturn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The Orders page's action on a collected order: its return started, through the REST API's control. */
@Named
@RequestScoped
public class ReturnActions {

    @Inject
    ReturnDropOffs dropOffs;

    @EJB
    Returns returns;

    @Inject
    StaffMember staff;

    @Inject
    OrdersPage page;

    /** The customer brings a collected order back: a compartment is held and the customer e-mailed a return code. */
    public void startReturn(OrderDocument order) {
        try {
            CustomerReturn held = returns.get(dropOffs.request(order.reference(), null, staff.claims()).id());
            String where = held.locker() + " " + held.compartment();
            page.tell(held.codeSentAt() != null
                    ? "Return of order " + order.reference() + " started: the customer was e-mailed a return code for "
                        + where + ", valid until " + OrdersPage.WHEN.format(held.expiresAt()) + "."
                    : "Return of order " + order.reference() + " started in " + where + ": the return code is being "
                        + "e-mailed to the customer.", null);
        } catch (RuntimeException e) {
            page.tell(null, "No return was started for order " + order.reference() + ": " + PageOpens.message(e) + ".");
        }
    }
}
