package io.lockernet.partneradmin.order.boundary;

import io.lockernet.partneradmin.callback.control.CoreCallbacks;
import io.lockernet.partneradmin.callback.control.CoreCallbacks.Delivery;
import io.lockernet.partneradmin.callback.control.CoreRefusal;
import io.lockernet.partneradmin.order.control.CustomerOrders;
import io.lockernet.partneradmin.order.control.OrderHistory;
import io.lockernet.partneradmin.platform.AdminApp;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The Orders page: the retailer's latest orders with their parcels, customers masked for technical staff and shown in
 * full to the privacy officer (every such view logged, as the API does), and for the order chosen its whole history
 * and everything its systems were told about it, with what became of each message: "why did the customer not get a
 * code?", "why did the shop not hear that the parcel is in?".
 */
@Named
@ViewScoped
public class OrdersPage implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm:ss").withZone(ZoneOffset.UTC);

    @Inject
    CustomerOrders orders;

    @Inject
    CoreCallbacks core;

    @Inject
    OrderHistory history;

    @Inject
    AdminApp app;

    private String state;
    private String chosen;
    private List<OrdersResource.OrderRow> rows;

    public List<OrdersResource.OrderRow> rows() {
        if (rows == null) {
            boolean full = app.privacyOfficer();
            List<CustomerOrders.Row> latest = orders.latest(state == null || state.isBlank() ? null : state, null, 100);
            if (full) {
                orders.logAccess(app.username(), "Partner Admin orders page" + (state == null ? "" : " ?state=" + state),
                        latest.stream().map(CustomerOrders.Row::reference).toList());
            }
            rows = latest.stream().map(r -> OrdersResource.OrderRow.of(r, full)).toList();
        }
        return rows;
    }

    /** The chosen order's history in the Partner DB, oldest first. */
    public List<OrderHistory.Step> history() {
        return chosen == null ? List.of() : history.of(chosen);
    }

    /** What the retailer's systems were told about the chosen order, oldest first. */
    public List<Delivery> told() {
        if (chosen == null) {
            return List.of();
        }
        try {
            return core.about("parcel:" + chosen);
        } catch (CoreRefusal e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    e.getMessage(), null));
            return List.of();
        }
    }

    public void choose(String reference) {
        chosen = reference;
    }

    public void filter() {
        rows = null;
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getChosen() {
        return chosen;
    }
}
