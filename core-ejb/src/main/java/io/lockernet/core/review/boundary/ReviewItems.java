package io.lockernet.core.review.boundary;

import io.lockernet.core.platform.TierTriggers;
import io.lockernet.core.review.entity.ReviewItem;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** What the reconciliation found, and operators resolving it. */
@Stateless
public class ReviewItems {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    TierTriggers triggers;

    @Inject
    Clock clock;

    /** Open items first (newest first), then the latest resolved ones. */
    public List<ReviewItem> list(boolean openOnly) {
        return em.createQuery("select r from ReviewItem r" + (openOnly ? " where r.resolvedAt is null" : "")
                        + " order by case when r.resolvedAt is null then 0 else 1 end, r.foundAt desc", ReviewItem.class)
                .setMaxResults(500)
                .getResultList();
    }

    public Optional<ReviewItem> find(long id) {
        return Optional.ofNullable(em.find(ReviewItem.class, id));
    }

    /** Resolves an open item; resolving one twice keeps the first resolution. */
    public Optional<ReviewItem> resolve(long id, String by, String resolution) {
        ReviewItem item = em.find(ReviewItem.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (item != null && item.isOpen()) {
            item.resolve(by, resolution, clock.instant());
        }
        return Optional.ofNullable(item);
    }

    /** Starts a reconciliation now, on the off-peak tier. */
    public void reconcileNow(String by) {
        triggers.reconcile("operator " + by);
    }
}
