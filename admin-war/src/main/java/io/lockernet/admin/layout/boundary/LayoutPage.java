package io.lockernet.admin.layout.boundary;

import io.lockernet.admin.layout.control.LayoutStates;
import io.lockernet.admin.layout.control.StartingLayout;
import io.lockernet.admin.layout.control.WizardJson;
import io.lockernet.admin.platform.CoreRefusal;
import io.lockernet.admin.platform.Messages;
import io.lockernet.admin.platform.OperatorApi;
import io.lockernet.api.core.CompartmentView;
import io.lockernet.api.core.FleetLockerView;
import io.lockernet.api.core.LayoutCheck;
import io.lockernet.api.core.LayoutView;
import io.lockernet.api.layout.LockerLayout;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;

/**
 * Backs the layout wizard ({@code layout.xhtml?locker=}): the script draws the layout into a hidden field; this bean
 * gives it the catalogue and the layout to start from (the locker's current one, else an empty locker), and has the
 * Core check or save what was drawn. The locker's id travels with every request of the page as the field
 * {@code locker}, so the bean needs no state between them.
 */
@Named
@RequestScoped
public class LayoutPage {

    @Inject
    OperatorApi core;

    @Inject
    HttpServletRequest request;

    private String layoutJson;
    private List<String> problems = List.of();
    private LayoutView saved;
    private Optional<LayoutView> current;
    private FleetLockerView locker;
    private String refusal;
    private String currentProblem;
    private List<CompartmentView> compartments;

    /** The locker's id ({@code ?locker=}); null when the page was opened without one. */
    public String getLocker() {
        String id = request.getParameter("locker");
        return id == null || id.isBlank() ? null : id.strip();
    }

    /** The locker as the fleet knows it; null when there is none the operator may see (see {@link #getRefusal()}). */
    public FleetLockerView getLockerView() {
        if (locker == null && refusal == null) {
            if (getLocker() == null) {
                refusal = "Which locker? Open the layout from the fleet page.";
            } else {
                try {
                    locker = core.locker(getLocker());
                } catch (CoreRefusal refused) {
                    refusal = refused.getMessage();
                }
            }
        }
        return locker;
    }

    /**
     * Why the page cannot show the locker; null when it can. Without its current layout the wizard is not shown
     * either: it would start from an empty locker and could replace a layout the operator never saw.
     */
    public String getRefusal() {
        getLockerView();
        getCurrent();
        return refusal != null ? refusal : currentProblem;
    }

    /** The locker's newest layout version; null when it has none or the Core cannot say now. */
    public LayoutView getCurrent() {
        if (current == null) {
            try {
                current = getLocker() == null ? Optional.empty() : core.currentLayout(getLocker());
            } catch (CoreRefusal refused) {
                current = Optional.empty();
                currentProblem = refused.getMessage();
            }
        }
        return current.orElse(null);
    }

    public String getState() {
        return getCurrent() == null && currentProblem != null ? "unknown" : LayoutStates.word(getCurrent());
    }

    public String getStateText() {
        return getCurrent() == null && currentProblem != null ? "not known now: " + currentProblem
                : LayoutStates.describe(getCurrent());
    }

    public String getVersionText() {
        return LayoutStates.version(getCurrent());
    }

    public String getCatalogueJson() {
        return WizardJson.catalogue();
    }

    /**
     * The layout being drawn: as posted by the page, else the current one, else one made of the compartments the Core
     * has (a locker that never had a layout saved), else an empty locker.
     */
    public String getLayoutJson() {
        if (layoutJson == null) {
            LayoutView view = getCurrent();
            layoutJson = WizardJson.layout(view != null && view.layout() != null ? view.layout()
                    : StartingLayout.of(getCompartments()));
        }
        return layoutJson;
    }

    /** Whether the wizard starts from the compartments the Core has, no layout having ever been saved. */
    public boolean isFromCompartments() {
        return getCurrent() == null && !getCompartments().isEmpty();
    }

    public List<CompartmentView> getCompartments() {
        if (compartments == null) {
            try {
                compartments = getLocker() == null ? List.of() : core.compartments(getLocker());
            } catch (CoreRefusal refused) {
                compartments = List.of();
            }
        }
        return compartments;
    }

    public void setLayoutJson(String layoutJson) {
        this.layoutJson = layoutJson;
    }

    /** What the Core found wrong with the layout, after Check or a refused Save. */
    public List<String> getProblems() {
        return problems;
    }

    /** The version this request saved; null before. */
    public LayoutView getSaved() {
        return saved;
    }

    public void check() {
        drawn().ifPresent(layout -> {
            try {
                LayoutCheck answer = core.checkLayout(getLocker(), layout);
                problems = answer.problems();
                if (problems.isEmpty()) {
                    Messages.info("The layout keeps the rules: " + answer.compartments().size() + " compartments on "
                            + "lock channels 1 to " + answer.compartments().size() + ". Save it to send it to the "
                            + "locker.");
                } else {
                    Messages.error("The layout breaks " + problems.size() + (problems.size() == 1 ? " rule" : " rules")
                            + ": see below.");
                }
            } catch (CoreRefusal refused) {
                problems = refused.problems();
                Messages.error(refused.getMessage());
            }
        });
    }

    public void save() {
        drawn().ifPresent(layout -> {
            try {
                saved = core.saveLayout(getLocker(), layout);
                current = Optional.of(saved);
                problems = List.of();
                Messages.info("Version " + saved.version() + " (" + saved.configVersion() + ") saved and sent to the "
                        + "locker; its state below changes to applied once the locker has applied it.");
            } catch (CoreRefusal refused) {
                problems = refused.problems();
                Messages.error(refused.getMessage() + (refused.status() == 422 ? " Nothing was saved." : ""));
            }
        });
    }

    private Optional<LockerLayout> drawn() {
        if (getLocker() == null) {
            Messages.error("Which locker? Open the layout from the fleet page.");
            return Optional.empty();
        }
        try {
            return Optional.of(WizardJson.read(layoutJson));
        } catch (IllegalArgumentException e) {
            Messages.error("The page sent no layout the panel can read (" + e.getMessage() + "); reload it.");
            return Optional.empty();
        }
    }
}
