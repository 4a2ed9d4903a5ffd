package io.lockernet.courier.route.boundary;

import io.lockernet.api.delivery.CourierOpenView;
import io.lockernet.api.delivery.CourierRouteView;
import io.lockernet.api.delivery.ShiftRequest;
import io.lockernet.courier.platform.CoreRefusal;
import io.lockernet.courier.platform.CourierApi;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The courier's page: start the shift (from where the phone says the van is), then today's route stop by stop as the
 * Core last planned it (the page asks again every few seconds, so a re-plan shows up by itself), at a stop "Arrived"
 * and "Open next" for each parcel, "Failed" with a reason for one that cannot be delivered, and what is done today.
 */
@Named
@ViewScoped
public class RoutePage implements Serializable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm z");

    @Inject
    transient CourierApi core;

    private Double latitude = 52.517;
    private Double longitude = 13.389;
    private String until = "18:00";
    private Integer capacity = 80;
    private String reason;
    private transient CourierRouteView route;

    public CourierRouteView route() {
        if (route == null) {
            try {
                route = core.route();
            } catch (CoreRefusal refused) {
                error(refused.getMessage());
                route = new CourierRouteView(null, null, null, List.of(), List.of());
            }
        }
        return route;
    }

    /** The page's poll: the route as the Core plans it now. */
    public void refresh() {
        route = null;
    }

    public void startShift() {
        try {
            core.startShift(new ShiftRequest(latitude, longitude, until, capacity));
            info("Your shift is on until " + until + ". Your route comes within seconds.");
        } catch (CoreRefusal refused) {
            error(refused.getMessage());
        }
        refresh();
    }

    /** At a stop: the courier has arrived (the ETAs of the stops ahead follow from here). */
    public void arrived() {
        String locker = param("locker");
        try {
            core.arrived(locker);
            info("Arrived at " + locker + ": open the compartments one after another.");
        } catch (CoreRefusal refused) {
            error(refused.status() == 404 ? "Nothing of yours at " + locker + " now." : refused.getMessage());
        }
        refresh();
    }

    /** At a stop: the compartment of the next parcel for this locker opens. */
    public void openNext() {
        String locker = param("locker");
        try {
            CourierOpenView opened = core.openNext(locker);
            if ("REFUSED".equals(opened.impulseState())) {
                error("The locker did not open compartment " + opened.compartment() + " (" + locker
                        + "). Try again, or report the parcel as failed.");
            } else {
                info("Compartment " + opened.compartment() + " of " + locker + " opens: "
                        + ("COLLECTION".equals(opened.kind()) ? "take parcel " + opened.parcelRef() + " out"
                        : "put parcel " + opened.parcelRef() + " in") + " and close the door.");
            }
        } catch (CoreRefusal refused) {
            error(refused.status() == 404 ? "Nothing more of yours for " + locker + "." : refused.getMessage());
        }
        refresh();
    }

    public void failed() {
        String consignment = param("consignment");
        try {
            core.failed(consignment, reason == null || reason.isBlank() ? "not delivered" : reason.strip());
            info("Reported as not delivered; your route is planned again.");
            reason = null;
        } catch (CoreRefusal refused) {
            error(refused.getMessage());
        }
        refresh();
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZoneId.systemDefault()));
    }

    private static String param(String name) {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        return params.get(name);
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public Double getLatitude() { return latitude; }
    public void setLatitude(Double latitude) { this.latitude = latitude; }
    public Double getLongitude() { return longitude; }
    public void setLongitude(Double longitude) { this.longitude = longitude; }
    public String getUntil() { return until; }
    public void setUntil(String until) { this.until = until; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
