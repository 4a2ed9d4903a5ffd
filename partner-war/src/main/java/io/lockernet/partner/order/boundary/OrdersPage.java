package io.lockernet.partner.order.boundary;

import io.lockernet.partner.order.boundary.OrderDocuments.OrderDocument;
import io.lockernet.partner.order.control.Orders;
import io.lockernet.partner.order.entity.CustomerOrder;
import io.lockernet.partner.platform.StaffMember;
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
 * The staff app's start page: the orders in one state, those waiting for a locker first. The actions on a listed order
 * belong to their areas ({@code parcelActions}, {@code returnActions}) and tell the page how they went.
 */
@Named
@ViewScoped
public class OrdersPage implements Serializable {

    /** How the page shows a moment: day, month and time in the server's zone. */
    public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm")
            .withZone(ZoneId.systemDefault());

    @EJB
    Orders orders;

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

    /** How an action on one of the listed orders went: a confirmation, or (null done) a notice why it did not. */
    public void tell(String done, String notice) {
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
