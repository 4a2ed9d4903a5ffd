package io.lockernet.admin.review.boundary;

import io.lockernet.core.review.boundary.ReviewItems;
import io.lockernet.core.review.entity.ReviewItem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Backs the manual-review part of the Admin Panel: open items, resolving one, starting a reconciliation. */
@Named
@RequestScoped
public class ReviewPage {

    @EJB
    ReviewItems items;

    @Inject
    HttpServletRequest request;

    private final Map<Long, String> resolutions = new HashMap<>();
    private List<ReviewItem> open;

    public List<ReviewItem> getItems() {
        if (open == null) {
            open = items.list(true);
        }
        return open;
    }

    /** What the operator typed for each item, by id. */
    public Map<Long, String> getResolutions() {
        return resolutions;
    }

    public void resolve(long id) {
        String resolution = resolutions.get(id);
        if (resolution == null || resolution.isBlank()) {
            say(FacesMessage.SEVERITY_ERROR, "Say what was done before resolving item " + id + ".");
            return;
        }
        items.resolve(id, request.getUserPrincipal().getName(), resolution.strip());
        open = null;
        say(FacesMessage.SEVERITY_INFO, "Item " + id + " resolved.");
    }

    public void reconcileNow() {
        items.reconcileNow(request.getUserPrincipal().getName());
        say(FacesMessage.SEVERITY_INFO, "Reconciliation started; new findings appear here within a minute.");
    }

    private static void say(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
