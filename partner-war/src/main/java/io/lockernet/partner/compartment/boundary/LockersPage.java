package io.lockernet.partner.compartment.boundary;

import io.lockernet.api.core.ImpulseView;
import io.lockernet.api.core.LockerView;
import io.lockernet.partner.platform.CoreClient;
import io.lockernet.partner.platform.CoreProblemException;
import io.lockernet.partner.platform.StaffMember;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * {@code lockers.xhtml[?locker=ID]}: the lockers at the staff member's stores, one of them live in 3D, and the roller
 * shutters this retailer raised there, each with a button that lowers it.
 */
@Named
@RequestScoped
public class LockersPage {

    @Inject
    CoreClient core;

    @Inject
    StaffMember staff;

    private static final Logger LOG = Logger.getLogger(LockersPage.class.getName());

    private List<LockerView> lockers;
    private List<ImpulseView> raisedShutters;
    private String notice;
    private String done;

    public List<LockerView> lockers() {
        if (lockers == null) {
            lockers = staff.scope().reachable(core.lockers()).stream().sorted(Comparator.comparing(LockerView::id)).toList();
        }
        return lockers;
    }

    /** The locker asked for, if this retailer may use it; else the first. */
    public String selected() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("locker");
        return lockers().stream().map(LockerView::id).filter(id -> id.equals(asked)).findFirst()
                .orElse(lockers().isEmpty() ? null : lockers().get(0).id());
    }

    /** The roller shutters up at the selected locker (raised by this retailer, not closed yet). */
    public List<ImpulseView> raisedShutters() {
        if (raisedShutters == null) {
            String locker = selected();
            raisedShutters = locker == null ? List.of() : core.raisedShutters(locker);
        }
        return raisedShutters;
    }

    /**
     * Lowers the shutter of the impulse the button names ({@code ?impulse=}), if it is one of those up at the selected
     * locker, which the member of staff reaches: the locker gets a close command, and its door-closed ends the impulse.
     */
    public void closeShutter() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("impulse");
        Optional<ImpulseView> shutter = raisedShutters().stream().filter(i -> i.id().equals(asked)).findFirst();
        if (shutter.isEmpty()) {
            notice = "That shutter is no longer up at " + selected() + ".";
            return;
        }
        String where = shutter.get().locker() + " " + shutter.get().compartment();
        try {
            core.closeShutter(shutter.get().id());
            done = "The shutter of " + where + " is closing.";
            LOG.info(() -> staff.claims().username() + " closes the shutter of " + where + " (impulse "
                    + shutter.get().id() + ")");
        } catch (CoreProblemException e) {
            notice = "The shutter of " + where + " cannot be closed: " + e.problem().detail();
        }
        raisedShutters = null;
    }

    public String notice() {
        return notice;
    }

    public String done() {
        return done;
    }

    public long free(LockerView locker) {
        return locker.compartments().stream().filter(c -> "AVAILABLE".equals(c.state())).count();
    }
}
