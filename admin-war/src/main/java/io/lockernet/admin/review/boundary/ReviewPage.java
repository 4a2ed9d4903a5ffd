package io.lockernet.admin.review.boundary;

import io.lockernet.admin.platform.CoreRefusal;
import io.lockernet.admin.platform.Messages;
import io.lockernet.admin.platform.OperatorApi;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Backs the manual-review page: open items, resolving one, starting a reconciliation. */
@Named
@RequestScoped
public class ReviewPage {

    @Inject
    OperatorApi core;

    private final Map<Long, String> resolutions = new HashMap<>();
    private List<OperatorApi.ReviewItem> open;

    public List<OperatorApi.ReviewItem> getItems() {
        if (open == null) {
            open = core.openReviewItems();
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
            Messages.error("Say what was done before resolving item " + id + ".");
            return;
        }
        try {
            core.resolveReviewItem(id, resolution.strip());
            open = null;
            Messages.info("Item " + id + " resolved.");
        } catch (CoreRefusal refused) {
            Messages.error(refused.getMessage());
        }
    }

    public void reconcileNow() {
        try {
            core.reconcile();
            Messages.info("Reconciliation started; new findings appear here within a minute.");
        } catch (CoreRefusal refused) {
            Messages.error(refused.getMessage());
        }
    }
}
