package io.lockernet.partner.compartment.boundary;

import io.lockernet.api.core.CompartmentView;
import io.lockernet.partner.compartment.control.CompartmentOpener;
import io.lockernet.partner.compartment.control.StaffActions;
import io.lockernet.partner.platform.CoreClient;
import io.lockernet.partner.platform.StaffMember;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The store manager's emergency open on {@code lockers.xhtml}: a compartment of the locker shown, a reason of 10 to
 * 500 characters, a confirmation, then the door, as {@code POST /lockers/{l}/compartments/{c}/emergency-open} does;
 * and the latest emergency opens below it. Store managers only.
 */
@Named
@ViewScoped
public class EmergencyOpenForm implements Serializable {

    private static final String MANAGER = "store-manager";
    private static final int LATEST = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Inject
    CompartmentOpener opener;

    @Inject
    StaffActions actions;

    @Inject
    CoreClient core;

    @Inject
    StaffMember staff;

    @Inject
    LockersPage lockers;

    @Inject
    HttpServletRequest request;

    private String locker;
    private List<String> compartments = List.of();
    private String compartment;
    private String reason;
    private String notice;
    private String done;
    private transient List<StaffActions.EmergencyOpen> latest;

    @PostConstruct
    void init() {
        // the page's locker is fixed once, on the first request; postbacks carry no ?locker=
        locker = lockers.selected();
        compartments = lockers.lockers().stream().filter(l -> l.id().equals(locker)).findFirst()
                .map(l -> l.compartments().stream().map(CompartmentView::name).sorted().toList()).orElse(List.of());
        compartment = compartments.isEmpty() ? null : compartments.get(0);
    }

    /** Opens the compartment the manager chose and confirmed; the page's validation has checked the reason. */
    public void open() {
        if (!request.isUserInRole(MANAGER)) {
            throw new ForbiddenException("emergency opens are for store managers (role " + MANAGER + ")");
        }
        String why = reason == null ? "" : reason.strip();
        notice = null;
        done = null;
        if (why.length() < 10 || why.length() > 500 || !compartments.contains(compartment)) {
            notice = "An emergency open needs a compartment of " + locker + " and a reason of 10 to 500 characters.";
            return;
        }
        String where = locker + " " + compartment;
        PageOpens.Outcome outcome = PageOpens.open(() -> opener.emergencyOpen(locker, compartment, staff.claims(), why),
                where);
        if (outcome.result() == PageOpens.Result.OPENED) {
            done = "Emergency open of " + where + ": the door is open. It is recorded with your name and reason.";
            reason = null;
        } else {
            notice = outcome.notice();
        }
        latest = null;
    }

    /** The latest emergency opens of this retailer, newest first. */
    public List<StaffActions.EmergencyOpen> latest() {
        if (!request.isUserInRole(MANAGER)) {
            return List.of();
        }
        if (latest == null) {
            latest = actions.emergencyOpens(LATEST, staff.reachableLockers());
        }
        return latest;
    }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    public String locker() {
        return locker;
    }

    public List<String> compartments() {
        return compartments;
    }

    public String getCompartment() {
        return compartment;
    }

    public void setCompartment(String compartment) {
        this.compartment = compartment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String notice() {
        return notice;
    }

    public String done() {
        return done;
    }
}
