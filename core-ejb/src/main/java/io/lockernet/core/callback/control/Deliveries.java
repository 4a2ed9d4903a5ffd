package io.lockernet.core.callback.control;

import io.lockernet.core.callback.entity.CallbackAttempt;
import io.lockernet.core.callback.entity.CallbackDelivery;
import io.lockernet.core.callback.entity.CallbackEndpoint;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * The state of deliveries, each step in a transaction of its own, so that no database lock is held while the
 * retailer's endpoint takes its time: an attempt is leased, sent (outside), and its outcome recorded.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    CallbackSettings settings;

    @Inject
    Nudges nudges;

    @Inject
    Event<EndpointPaused> paused;

    @Inject
    Clock clock;

    /** What one attempt sends, and to whom. */
    public record Attempt(long delivery, String url, List<String> secrets, String webhookId, Instant timestamp,
                          String payload, String adapter, String adapterSettings) {
    }

    /**
     * Leases the delivery for one attempt, if it is due: pending, not leased, its endpoint active and not already
     * taking as many attempts as it may at once, and no earlier event of the same subject still waiting for that
     * endpoint (a subject's events go out in order). One not leased for the endpoint's attempts under way is nudged
     * again when one of them ends ({@link #refill}), or by the sweep.
     */
    public Optional<Attempt> lease(long id) {
        Instant now = clock.instant();
        CallbackDelivery delivery = em.find(CallbackDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.leasable(now) || delivery.nextAttemptAt().isAfter(now.plusSeconds(1))
                || delivery.endpoint().state() != CallbackEndpoint.State.ACTIVE || waitsForEarlier(delivery)
                || inFlight(delivery.endpoint(), now) >= settings.inFlightPerEndpoint()) {
            return Optional.empty();
        }
        delivery.lease(now, settings.timeout().plusSeconds(30));
        CallbackEndpoint endpoint = delivery.endpoint();
        return Optional.of(new Attempt(id, endpoint.url(), endpoint.signingSecrets(now), delivery.event().webhookId(),
                now, delivery.event().payload(), endpoint.adapter(), endpoint.adapterSettings()));
    }

    private long inFlight(CallbackEndpoint endpoint, Instant now) {
        return em.createQuery("select count(d) from CallbackDelivery d where d.endpoint = :endpoint "
                        + "and d.state = :pending and d.leasedUntil > :now", Long.class)
                .setParameter("endpoint", endpoint).setParameter("pending", CallbackDelivery.State.PENDING)
                .setParameter("now", now).getSingleResult();
    }

    private boolean waitsForEarlier(CallbackDelivery delivery) {
        return !em.createQuery("select d.id from CallbackDelivery d where d.endpoint = :endpoint "
                        + "and d.subject = :subject and d.state = :pending and d.event.id < :event", Long.class)
                .setParameter("endpoint", delivery.endpoint()).setParameter("subject", delivery.event().subject())
                .setParameter("pending", CallbackDelivery.State.PENDING).setParameter("event", delivery.event().id())
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The endpoint acknowledged: the next waiting event of the same subject may go. */
    public void delivered(long id, int status, int latencyMs) {
        Instant now = clock.instant();
        CallbackDelivery delivery = em.find(CallbackDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
        em.persist(new CallbackAttempt(id, now, status, latencyMs, "acknowledged"));
        delivery.delivered(status, now);
        delivery.endpoint().succeeded();
        next(delivery).ifPresent(following -> nudges.attempt(following, Duration.ZERO));
        refill(delivery.endpoint(), now);
    }

    /**
     * Not acknowledged (an error status, or no answer): tried again after the backoff, given up once the event is older
     * than the retention period; the endpoint is paused after too many failures in a row
     * (and the operators alarmed once, {@link PauseAlarms}).
     */
    public void failed(long id, Integer status, int latencyMs, String outcome) {
        Instant now = clock.instant();
        CallbackDelivery delivery = em.find(CallbackDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
        em.persist(new CallbackAttempt(id, now, status, latencyMs, outcome));
        CallbackEndpoint endpoint = em.find(CallbackEndpoint.class, delivery.endpoint().id(),
                LockModeType.PESSIMISTIC_WRITE);
        Duration wait = settings.backoff().after(delivery.attempts() + 1, ThreadLocalRandom.current().nextDouble());
        delivery.failed(status, now.plus(wait));
        if (delivery.event().occurredAt().plus(settings.retention()).isBefore(now)) {
            delivery.gaveUp();
            LOG.warning(() -> "callback " + delivery.event().webhookId() + " to " + endpoint.id() + " given up after "
                    + delivery.attempts() + " attempts");
        }
        if (endpoint.failed(settings.pauseAfter(), now)) {
            paused.fire(new EndpointPaused(endpoint.retailer(), endpoint.id(), endpoint.url(), endpoint.alertEmail(),
                    endpoint.failuresInRow(), outcome));
        } else if (delivery.state() == CallbackDelivery.State.PENDING
                && endpoint.state() == CallbackEndpoint.State.ACTIVE) {
            nudges.attempt(id, wait);
        }
        if (endpoint.state() == CallbackEndpoint.State.ACTIVE) {
            refill(endpoint, now);
        }
    }

    /**
     * An attempt ended: the endpoint's oldest deliveries that are due and not leased are nudged, as many as it may have
     * under way now. Two attempts ending at once may nudge the same ones; the lease takes each once, and no free place
     * is left unfilled.
     */
    private void refill(CallbackEndpoint endpoint, Instant now) {
        int free = settings.inFlightPerEndpoint() - (int) inFlight(endpoint, now);
        if (free > 0) {
            em.createQuery("select d.id from CallbackDelivery d where d.endpoint = :endpoint "
                            + "and d.state = :pending and d.nextAttemptAt <= :now "
                            + "and (d.leasedUntil is null or d.leasedUntil < :now) order by d.id", Long.class)
                    .setParameter("endpoint", endpoint).setParameter("pending", CallbackDelivery.State.PENDING)
                    .setParameter("now", now).setMaxResults(free).getResultList()
                    .forEach(waiting -> nudges.attempt(waiting, Duration.ZERO));
        }
    }

    /** Deliveries due whose nudge was lost (a crash mid-attempt, a lease run out): attempted again, a page at a time. */
    public int nudgeOverdue(Duration grace) {
        Instant now = clock.instant();
        List<Long> due = em.createQuery("select d.id from CallbackDelivery d where d.state = :pending "
                        + "and d.nextAttemptAt < :due and (d.leasedUntil is null or d.leasedUntil < :now) "
                        + "and d.endpoint.state = :active order by d.id", Long.class)
                .setParameter("pending", CallbackDelivery.State.PENDING).setParameter("due", now.minus(grace))
                .setParameter("now", now).setParameter("active", CallbackEndpoint.State.ACTIVE)
                .setMaxResults(200).getResultList();
        due.forEach(id -> nudges.attempt(id, Duration.ZERO));
        return due.size();
    }

    private Optional<Long> next(CallbackDelivery delivery) {
        return em.createQuery("select d.id from CallbackDelivery d where d.endpoint = :endpoint "
                        + "and d.subject = :subject and d.state = :pending order by d.event.id", Long.class)
                .setParameter("endpoint", delivery.endpoint()).setParameter("subject", delivery.event().subject())
                .setParameter("pending", CallbackDelivery.State.PENDING).setMaxResults(1).getResultStream().findFirst();
    }
}
