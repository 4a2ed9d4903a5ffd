package io.lockernet.admin.retailer.boundary;

import io.lockernet.admin.platform.CoreRefusal;
import io.lockernet.admin.platform.Messages;
import io.lockernet.admin.platform.OperatorApi;
import io.lockernet.admin.platform.RequestParams;
import io.lockernet.api.core.FleetLockerView;
import io.lockernet.api.core.IsolatedClientView;
import io.lockernet.api.core.RetailerRegistration;
import io.lockernet.api.core.RetailerView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Backs the retailers page: every retailer with the lockers it may use, and a form that enters a retailer or changes
 * its name and its lockers ({@code ?retailer=id} fills it with that retailer as it is). The lockers given are, from
 * then on, exactly the ones it may use.
 */
@Named
@RequestScoped
public class RetailersPage {

    @Inject
    OperatorApi core;

    private List<RetailerView> retailers;
    private List<String> fleet;
    private List<IsolatedClientView> isolated;
    private String id;
    private String name;
    private List<String> lockers = new ArrayList<>();

    @PostConstruct
    void fill() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String asked = faces.getExternalContext().getRequestParameterMap().get("retailer");
        if (asked == null || faces.isPostback()) {
            return;
        }
        try {
            getRetailers().stream().filter(r -> r.id().equals(asked)).findFirst().ifPresentOrElse(r -> {
                id = r.id();
                name = r.name();
                lockers = new ArrayList<>(r.lockers());
            }, () -> Messages.error("There is no retailer '" + shortened(asked) + "' yet: enter it below."));
        } catch (CoreRefusal refused) {
            Messages.error(refused.getMessage());
        }
    }

    public List<RetailerView> getRetailers() {
        if (retailers == null) {
            retailers = List.of(core.exchange("GET", "retailers", null, RetailerView[].class, 200));
        }
        return retailers;
    }

    /**
     * The lockers to choose from: the fleet the operator sees, and any a retailer may use already (so that saving a
     * retailer never takes away a locker merely because it is not listed).
     */
    public List<String> getFleet() {
        if (fleet == null) {
            TreeSet<String> ids = new TreeSet<>(core.lockers().stream().map(FleetLockerView::id).toList());
            getRetailers().forEach(r -> ids.addAll(r.lockers()));
            ids.addAll(lockers);
            fleet = List.copyOf(ids);
        }
        return fleet;
    }

    /** Enters the retailer or changes it; a blank name keeps the one it has (a new retailer is named by its id). */
    public void save() {
        String retailer = id.strip();
        try {
            String path = "retailers/" + OperatorApi.encode(retailer);
            RetailerView saved = core.exchange("PUT", path, new RetailerRegistration(blankToNull(name),
                    List.copyOf(lockers)), RetailerView.class, 200, 201);
            id = saved.id();
            name = saved.name();
            lockers = new ArrayList<>(saved.lockers());
            retailers = null;
            Messages.info("Retailer " + saved.id() + " saved: it may use " + (saved.lockers().isEmpty()
                    ? "no locker." : String.join(", ", saved.lockers()) + "."));
        } catch (CoreRefusal refused) {
            Messages.error(refused.getMessage());
        }
    }

    /** The clients operators isolated from an alarm; the Core refuses their requests until one is lifted. */
    public List<IsolatedClientView> getIsolated() {
        if (isolated == null) {
            isolated = List.of(core.read("isolated-clients", IsolatedClientView[].class));
        }
        return isolated;
    }

    /** Lifts the isolation of the client whose button was clicked ({@code ?client=}). */
    public void lift() {
        String client = RequestParams.typed("client");
        if (client.isEmpty()) {
            Messages.error("Which client? Load the page again.");
            return;
        }
        try {
            core.exchange("DELETE", "isolated-clients/" + OperatorApi.encode(client), null, Void.class, 204);
            isolated = null;
            Messages.info("The isolation of " + client + " is lifted: it gets tokens again and the Core answers it.");
        } catch (CoreRefusal refused) {
            Messages.error(refused.getMessage());
        }
    }

    /** "L-0001, L-0006", or "–" for none. */
    public String listed(List<String> lockers) {
        return lockers == null || lockers.isEmpty() ? "–" : String.join(", ", lockers);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<String> getLockers() { return lockers; }
    public void setLockers(List<String> lockers) { this.lockers = lockers == null ? new ArrayList<>() : lockers; }
}
