package io.lockernet.partner.compartment.boundary;

import io.lockernet.api.core.LockerView;
import io.lockernet.partner.platform.CoreClient;
import io.lockernet.partner.platform.StaffMember;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

/** {@code lockers.xhtml[?locker=ID]}: the lockers at the staff member's stores, and one of them live in 3D. */
@Named
@RequestScoped
public class LockersPage {

    @Inject
    CoreClient core;

    @Inject
    StaffMember staff;

    private List<LockerView> lockers;

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

    public long free(LockerView locker) {
        return locker.compartments().stream().filter(c -> "AVAILABLE".equals(c.state())).count();
    }
}
