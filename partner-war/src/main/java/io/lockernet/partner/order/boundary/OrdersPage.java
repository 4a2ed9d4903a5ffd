package io.lockernet.partner.order.boundary;

import io.lockernet.partner.compartment.boundary.PageOpens;
import io.lockernet.partner.order.boundary.OrderDocuments.OrderDocument;
import io.lockernet.partner.order.control.Orders;
import io.lockernet.partner.order.entity.CustomerOrder;
import io.lockernet.partner.parcel.control.Parcels;
import io.lockernet.partner.parcel.entity.Parcel;
import io.lockernet.partner.platform.StaffMember;
import io.lockernet.partner.returns.control.ReturnDropOffs;
import io.lockernet.partner.returns.control.Returns;
import io.lockernet.partner.returns.entity.CustomerReturn;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The staff app's start page: the orders in one state, those waiting for a locker first; a deposited order's pickup
 * window extended once, and a collected order's return started, through the same controls as the REST API.
 */
@Named
@ViewScoped
public class OrdersPage implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm")
            .withZone(ZoneId.systemDefault());

    @EJB
    Orders orders;

    @EJB
    Parcels parcels;

    @Inject
    ReturnDropOffs dropOffs;

    @EJB
    Returns returns;

    @Inject
    StaffMember staff;

    private String state = CustomerOrder.State.OPEN.name();
    private String notice;
    private String done;
    private transient List<OrderDocument> shown;

    @PostConstruct
    void init() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("state");
        if (asked != null && Arrays.stream(CustomerOrder.State.values()).anyMatch(s -> s.name().equals(asked))) {
            state = asked;
        }
    }

    public List<String> states() {
        return Arrays.stream(CustomerOrder.State.values()).map(Enum::name).toList();
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = CustomerOrder.State.valueOf(state).name();
        shown = null;
        notice = null;
        done = null;
    }

    /** The customer asked for more time: one more pickup window, once; a second time is refused with a notice. */
    public void extend(OrderDocument order) {
        try {
            Parcel parcel = parcels.extend(order.reference());
            tell("The pickup window of order " + order.reference() + " now ends " + WHEN.format(parcel.expiresAt())
                    + ".", null);
        } catch (RuntimeException e) {
            tell(null, "Order " + order.reference() + " was not extended: " + PageOpens.message(e) + ".");
        }
    }

    /** The customer brings a collected order back: a compartment is held and the customer e-mailed a return code. */
    public void startReturn(OrderDocument order) {
        try {
            CustomerReturn held = returns.get(dropOffs.request(order.reference(), null, staff.claims()).id());
            String where = held.locker() + " " + held.compartment();
            tell(held.codeSentAt() != null
                    ? "Return of order " + order.reference() + " started: the customer was e-mailed a return code for "
                        + where + ", valid until " + WHEN.format(held.expiresAt()) + "."
                    : "Return of order " + order.reference() + " started in " + where + ": the return code is being "
                        + "e-mailed to the customer.", null);
        } catch (RuntimeException e) {
            tell(null, "No return was started for order " + order.reference() + ": " + PageOpens.message(e) + ".");
        }
    }

    private void tell(String done, String notice) {
        this.done = done;
        this.notice = notice;
        shown = null;
    }

    public String notice() {
        return notice;
    }

    public String done() {
        return done;
    }

    public List<OrderDocument> orders() {
        if (shown == null) {
            // a list of its own: the table sorts it in place
            shown = orders.orders(CustomerOrder.State.valueOf(state), staff.scope().narrow(null)).stream().map(OrderDocument::of)
                    .collect(Collectors.toCollection(ArrayList::new));
        }
        return shown;
    }

    public String items(OrderDocument order) {
        return order.lines().stream().map(l -> l.quantity() + " × " + l.sku()).collect(Collectors.joining(", "));
    }

    public String when(OrderDocument order) {
        return WHEN.format(order.createdAt());
    }
}
