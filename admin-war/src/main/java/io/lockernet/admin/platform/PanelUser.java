package io.lockernet.admin.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The signed-in operator as the Core sees them: the panel shows a page, a link or a button only for an operation the
 * Core's role matrix allows them ({@code GET /operator/me}); the Core refuses everything else anyway.
 */
@Named
@RequestScoped
public class PanelUser {

    @Inject
    OperatorApi core;

    private OperatorApi.Self self;

    public OperatorApi.Self self() {
        if (self == null) {
            self = core.me();
        }
        return self;
    }

    public String username() {
        return self().username();
    }

    /** "installer", "fleet-operator, auditor", …: for the header. */
    public String roles() {
        return String.join(", ", self().roles());
    }

    /** "north", or "every region" for a role that works everywhere. */
    public String regions() {
        List<String> regions = self().regions();
        boolean everywhere = self().operations().stream().anyMatch(a -> a.operation().equals("locker.read")
                && a.reach().equals("all"));
        return everywhere ? "every region" : regions.isEmpty() ? "no region" : String.join(", ", regions);
    }

    /**
     * Before a page is drawn: one the operator may not use answers 403 and says so instead of its content (the Core
     * would refuse its data anyway).
     */
    public void check(String operation) {
        if (!may(operation)) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
        }
    }

    /** Whether the Core lets them do this operation of the role matrix ({@code alarm.handle}) at all. */
    public boolean may(String operation) {
        return self().operations().stream().anyMatch(a -> a.operation().equals(operation));
    }
}
