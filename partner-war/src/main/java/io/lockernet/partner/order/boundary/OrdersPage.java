package io.lockernet.partner.order.boundary;

import io.lockernet.partner.order.boundary.OrderDocuments.OrderDocument;
import io.lockernet.partner.order.control.Orders;
import io.lockernet.partner.order.entity.CustomerOrder;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The staff app's start page: the orders in one state, those waiting for a locker first. */
@Named
@ViewScoped
public class OrdersPage implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm")
            .withZone(ZoneId.systemDefault());

    @EJB
    Orders orders;

    private String state = CustomerOrder.State.OPEN.name();
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
    }

    public List<OrderDocument> orders() {
        if (shown == null) {
            // a list of its own: the table sorts it in place
            shown = orders.orders(CustomerOrder.State.valueOf(state), null).stream().map(OrderDocument::of)
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
