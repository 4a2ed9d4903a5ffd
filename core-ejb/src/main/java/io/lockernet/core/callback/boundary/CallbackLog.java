package io.lockernet.core.callback.boundary;

import io.lockernet.core.callback.control.OwnedEndpoints;
import io.lockernet.core.callback.entity.CallbackAttempt;
import io.lockernet.core.callback.entity.CallbackDelivery;
import io.lockernet.core.callback.entity.CallbackEndpoint;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What became of a retailer's callbacks: an endpoint's delivery log and health, and everything its systems were told
 * about one order or locker. Read only; another retailer's endpoint is not found.
 */
@Stateless
public class CallbackLog {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    OwnedEndpoints owned;

    @Inject
    Clock clock;

    /**
     * How an endpoint has fared over {@code hours}: attempts and the share acknowledged, the attempts' latency
     * percentiles (ms, nearest rank), and its backlog (deliveries waiting, and since when the oldest waits).
     */
    public record Health(String endpoint, String state, int hours, long attempts, long acknowledged,
                         Double successRate, Integer latencyP50Ms, Integer latencyP95Ms, Integer latencyP99Ms,
                         long backlog, Instant oldestWaiting) {
    }

    /** One delivery in the log, with its last attempt's outcome. */
    public record DeliveryView(long id, String webhookId, String type, String subject, Instant occurredAt, String state,
                               int attempts, Integer lastStatus, String lastOutcome, Instant nextAttemptAt,
                               Instant deliveredAt, String endpoint) {
    }

    /** The delivery log, newest first: deliveries in a state (null: all), at most {@code limit}. */
    public List<DeliveryView> log(String retailer, String id, String state, String type, int limit) {
        CallbackEndpoint endpoint = owned.find(retailer, id, false);
        var query = em.createQuery("select d from CallbackDelivery d where d.endpoint = :endpoint"
                + (state == null ? "" : " and d.state = :state") + (type == null ? "" : " and d.event.type = :type")
                + " order by d.id desc", CallbackDelivery.class).setParameter("endpoint", endpoint);
        if (state != null) {
            query.setParameter("state", CallbackDelivery.State.valueOf(state));
        }
        if (type != null) {
            query.setParameter("type", type);
        }
        return query.setMaxResults(limit).getResultStream().map(this::view).toList();
    }

    private DeliveryView view(CallbackDelivery d) {
        String last = em.createQuery("select a from CallbackAttempt a where a.delivery = :d order by a.id desc",
                CallbackAttempt.class).setParameter("d", d.id()).setMaxResults(1).getResultStream()
                .map(CallbackAttempt::outcome).findFirst().orElse(null);
        return new DeliveryView(d.id(), d.event().webhookId(), d.event().type(), d.event().subject(),
                d.event().occurredAt(), d.state().name(), d.attempts(), d.lastStatus(), last, d.nextAttemptAt(),
                d.deliveredAt(), d.endpoint().id());
    }

    /** The endpoint's health over the last {@code hours} (at most the latest 10,000 attempts count). */
    public Health health(String retailer, String id, int hours) {
        CallbackEndpoint endpoint = owned.find(retailer, id, false);
        List<Object[]> attempts = em.createQuery("select a.status, a.latencyMs from CallbackAttempt a "
                        + "where a.at >= :since and a.delivery in (select d.id from CallbackDelivery d "
                        + "where d.endpoint = :endpoint) order by a.id desc", Object[].class)
                .setParameter("since", clock.instant().minus(Duration.ofHours(hours)))
                .setParameter("endpoint", endpoint).setMaxResults(10_000).getResultList();
        long acknowledged = attempts.stream().map(a -> (Integer) a[0])
                .filter(status -> status != null && status >= 200 && status < 300).count();
        int[] latencies = attempts.stream().mapToInt(a -> (Integer) a[1]).sorted().toArray();
        Object[] backlog = em.createQuery("select count(d), min(d.event.occurredAt) from CallbackDelivery d "
                        + "where d.endpoint = :endpoint and d.state = :pending", Object[].class)
                .setParameter("endpoint", endpoint).setParameter("pending", CallbackDelivery.State.PENDING)
                .getSingleResult();
        return new Health(id, endpoint.state().name(), hours, attempts.size(), acknowledged,
                attempts.isEmpty() ? null : (double) acknowledged / attempts.size(), rank(latencies, 50),
                rank(latencies, 95), rank(latencies, 99), (Long) backlog[0], (Instant) backlog[1]);
    }

    /** The nearest-rank percentile of sorted values; null when there are none. */
    static Integer rank(int[] sorted, int percentile) {
        return sorted.length == 0 ? null
                : sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    /**
     * Every delivery of the retailer's events about one subject ({@code parcel:<reference>}, {@code locker:<id>}), to
     * any of its endpoints, oldest first: what its systems were told about an order, and when.
     */
    public List<DeliveryView> about(String retailer, String subject) {
        return em.createQuery("select d from CallbackDelivery d where d.event.retailer = :retailer "
                        + "and d.event.subject = :subject order by d.event.id, d.id", CallbackDelivery.class)
                .setParameter("retailer", retailer).setParameter("subject", subject).setMaxResults(500)
                .getResultStream().map(this::view).toList();
    }
}
