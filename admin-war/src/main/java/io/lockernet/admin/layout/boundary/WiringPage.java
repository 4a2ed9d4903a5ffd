package io.lockernet.admin.layout.boundary;

import io.lockernet.admin.layout.control.FrontDrawing;
import io.lockernet.admin.layout.control.LayoutStates;
import io.lockernet.admin.platform.CoreRefusal;
import io.lockernet.admin.platform.OperatorApi;
import io.lockernet.api.core.FleetLockerView;
import io.lockernet.api.core.LayoutCompartmentView;
import io.lockernet.api.core.LayoutView;
import io.lockernet.api.layout.LayoutRules;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;

/**
 * Backs the wiring sheet ({@code wiring.xhtml?locker=}): the locker's current layout in lock-channel order, the order
 * an installer connects the locks to the controller, with a drawing of the front.
 */
@Named
@RequestScoped
public class WiringPage {

    @Inject
    OperatorApi core;

    @Inject
    HttpServletRequest request;

    private FleetLockerView locker;
    private LayoutView layout;
    private String refusal;
    private boolean asked;
    private FrontDrawing drawing;

    public String getLocker() {
        String id = request.getParameter("locker");
        return id == null || id.isBlank() ? null : id.strip();
    }

    public FleetLockerView getLockerView() {
        ask();
        return locker;
    }

    /** The current layout version; null when the locker has none. */
    public LayoutView getLayout() {
        ask();
        return layout;
    }

    /** Why there is no sheet to show; null when there is one. */
    public String getRefusal() {
        ask();
        return refusal;
    }

    /** The compartments in lock-channel order. */
    public List<LayoutCompartmentView> getRows() {
        return getLayout() == null ? List.of() : getLayout().compartments().stream()
                .sorted(Comparator.comparingInt(LayoutCompartmentView::channel)).toList();
    }

    public FrontDrawing getDrawing() {
        if (drawing == null && getLayout() != null) {
            drawing = FrontDrawing.of(getLayout());
        }
        return drawing;
    }

    /** A module's letter from its number (1 = A). */
    public String letter(int module) {
        return LayoutRules.name(module - 1, 1).substring(0, 1);
    }

    public String getStateText() {
        return LayoutStates.describe(getLayout());
    }

    public String getSavedText() {
        return getLayout() == null ? "" : LayoutStates.time(getLayout().createdAt()) + " by "
                + getLayout().createdBy();
    }

    private void ask() {
        if (asked) {
            return;
        }
        asked = true;
        if (getLocker() == null) {
            refusal = "Which locker? Open the wiring sheet from the fleet page.";
            return;
        }
        try {
            locker = core.locker(getLocker());
            layout = core.currentLayout(getLocker()).orElse(null);
            if (layout == null) {
                refusal = "Locker " + getLocker() + " has no layout yet: lay it out first.";
            }
        } catch (CoreRefusal refused) {
            refusal = refused.getMessage();
        }
    }
}
