package io.lockernet.partner.parcel.boundary;

import io.lockernet.api.core.LockerView;
import io.lockernet.partner.compartment.boundary.PageOpens;
import io.lockernet.partner.order.control.Orders;
import io.lockernet.partner.order.entity.CustomerOrder;
import io.lockernet.partner.parcel.control.Deposits;
import io.lockernet.partner.parcel.control.Parcels;
import io.lockernet.partner.platform.CoreClient;
import io.lockernet.partner.platform.StaffMember;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code parcels.xhtml[?store=…]}: the retrieval list of one store (parcels whose pickup window has ended) and taking
 * them back out, as {@code GET /parcels/expired} and {@code POST /orders/{ref}/retrieve} do. After the open the page
 * asks every second until the closing door has made the order EXPIRED.
 */
@Named
@ViewScoped
public class ParcelsPage implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm")
            .withZone(ZoneId.systemDefault());

    @EJB
    Parcels parcels;

    @EJB
    Orders orders;

    @Inject
    Deposits deposits;

    @Inject
    CoreClient core;

    @Inject
    StaffMember staff;

    private String store;
    private List<String> stores;
    /** Orders whose compartment was opened for retrieval, with where: the page waits for their doors to close. */
    private final Map<String, String> open = new LinkedHashMap<>();
    private String notice;
    private String done;
    private transient List<Parcels.Waiting> shown;

    @PostConstruct
    void init() {
        stores = staff.scope().reachable(core.lockers()).stream().map(LockerView::store).distinct().sorted().toList();
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("store");
        store = stores.contains(asked) ? asked : stores.isEmpty() ? null : stores.get(0);
    }

    public List<String> stores() {
        return stores;
    }

    public String getStore() {
        return store;
    }

    public void setStore(String store) {
        if (stores.contains(store)) {
            this.store = store;
            shown = null;
        }
    }

    /** The store's retrieval list, oldest first. */
    public List<Parcels.Waiting> parcels() {
        if (shown == null) {
            shown = store == null ? List.of() : parcels.expired(List.of(store));
        }
        return shown;
    }

    /** Opens the parcel's compartment for the employee to take it out. */
    public void retrieve(Parcels.Waiting parcel) {
        String where = parcel.locker() + " " + parcel.compartment();
        PageOpens.Outcome outcome = PageOpens.open(() -> deposits.retrieve(parcel.reference(), staff.claims()), where);
        done = null;
        notice = outcome.notice();
        if (outcome.mayBeOpen()) {
            open.put(parcel.reference(), where);
        }
        shown = null;
    }

    /** Asked every second while a door is open: has it closed, and the order become EXPIRED? */
    public void refresh() {
        for (var waiting : List.copyOf(open.entrySet())) {
            orders.order(waiting.getKey()).map(CustomerOrder::state).filter(s -> s != CustomerOrder.State.DEPOSITED)
                    .ifPresent(state -> {
                        open.remove(waiting.getKey());
                        notice = null;
                        done = "Order " + waiting.getKey() + " was taken out of " + waiting.getValue() + " and is "
                                + state.name().toLowerCase() + ".";
                        shown = null;
                    });
        }
    }

    /** The compartments open for retrieval now, as the page tells the employee. */
    public String openNow() {
        return String.join(", ", open.values());
    }

    public boolean opened(String reference) {
        return open.containsKey(reference);
    }

    public boolean polling() {
        return !open.isEmpty();
    }

    public String notice() {
        return notice;
    }

    public String done() {
        return done;
    }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
