package io.lockernet.admin.audit.boundary;

import io.lockernet.admin.platform.OperatorApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the audit page: the latest changes and refusals of the operator area, newest first. */
@Named
@RequestScoped
public class AuditPage {

    private static final int LINES = 200;

    @Inject
    OperatorApi core;

    private List<OperatorApi.Action> actions;

    public List<OperatorApi.Action> getActions() {
        if (actions == null) {
            actions = core.audit(LINES);
        }
        return actions;
    }
}
