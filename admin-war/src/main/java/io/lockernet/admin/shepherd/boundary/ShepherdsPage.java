package io.lockernet.admin.shepherd.boundary;

import io.lockernet.admin.platform.CoreRefusal;
import io.lockernet.admin.platform.Messages;
import io.lockernet.admin.platform.OperatorApi;
import io.lockernet.api.core.ShepherdView;
import io.lockernet.api.core.Assignment;
import io.lockernet.api.core.FleetLockerView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Backs the Shepherds page: each instance with its load (lockers connected through it, primary for, fallback for)
 * and which lockers those are, and a locker moved to another primary and fallback. The Shepherd holding a moved
 * locker's link ends it (4410) and the locker connects to its new primary.
 */
@Named
@RequestScoped
public class ShepherdsPage {

    @Inject
    OperatorApi core;

    private List<ShepherdView> shepherds;
    private List<FleetLockerView> lockers;

    public List<ShepherdView> getShepherds() {
        if (shepherds == null) {
            shepherds = core.shepherds();
        }
        return shepherds;
    }

    public List<String> getShepherdIds() {
        return getShepherds().stream().map(ShepherdView::id).toList();
    }

    /** The lockers the operator sees; each row's choice starts at its current Shepherds. */
    public List<FleetLockerView> getLockers() {
        if (lockers == null) {
            lockers = core.lockers();
        }
        return lockers;
    }

    /** "L-0001, L-0002": the lockers with this Shepherd as their primary; "–" for none. */
    public String primaryOf(String shepherd) {
        return ids(getLockers(), shepherd, FleetLockerView::shepherd);
    }

    public String fallbackOf(String shepherd) {
        return ids(getLockers(), shepherd, FleetLockerView::fallback);
    }

    public String connectedThrough(String shepherd) {
        return ids(getLockers().stream().filter(FleetLockerView::online).toList(), shepherd,
                FleetLockerView::connectedVia);
    }

    /** Moves the locker whose button was clicked to the Shepherds chosen in its row. */
    public void move() {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String locker = form.get("locker-id");
        if (locker == null || locker.isBlank()) {
            Messages.error("Which locker? Load the page again.");
            return;
        }
        String primary = form.get("primary-" + locker);
        String fallback = form.get("fallback-" + locker);
        try {
            String path = "lockers/" + OperatorApi.encode(locker)
                    + "/assignment";
            Assignment moved = core.exchange("PUT", path, new Assignment(locker, primary,
                    fallback == null || fallback.isBlank() ? null : fallback), Assignment.class, 200);
            Messages.info("Locker " + locker + " moved to " + moved.shepherd() + (moved.fallback() == null
                    ? " (no fallback)" : " (fallback " + moved.fallback() + ")") + ".");
            lockers = null;
            shepherds = null;
        } catch (CoreRefusal refused) {
            Messages.error(refused.getMessage());
        }
    }

    /** The ids of the lockers whose Shepherd (as {@code which} reads it) is this one, in order. */
    static String ids(List<FleetLockerView> lockers, String shepherd, Function<FleetLockerView, String> which) {
        List<String> ids = lockers.stream().filter(l -> Objects.equals(shepherd, which.apply(l)))
                .map(FleetLockerView::id).sorted().toList();
        return ids.isEmpty() ? "–" : String.join(", ", ids);
    }
}
