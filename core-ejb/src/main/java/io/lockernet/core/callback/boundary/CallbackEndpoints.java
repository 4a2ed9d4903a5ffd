package io.lockernet.core.callback.boundary;

import io.lockernet.core.callback.control.CallbackAdapter;
import io.lockernet.core.callback.control.CallbackAdapters;
import io.lockernet.core.callback.control.CallbackSettings;
import io.lockernet.core.callback.control.CallbackTypes;
import io.lockernet.core.callback.control.EndpointAddresses;
import io.lockernet.core.callback.control.Nudges;
import io.lockernet.core.callback.control.Outbox;
import io.lockernet.core.callback.control.OwnedEndpoints;
import io.lockernet.core.callback.entity.CallbackDelivery;
import io.lockernet.core.callback.entity.CallbackEndpoint;
import io.lockernet.core.callback.entity.CallbackEvent;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * A retailer's callback endpoints, as its systems manage them through the Core's partner API: subscribe, list, remove,
 * rotate the secret, resume a paused endpoint, read the delivery log, replay, send a test event. Every call names the
 * retailer it acts for (from the caller's verified token); another retailer's endpoint is not found.
 */
@Stateless
public class CallbackEndpoints {

    /** A rotated-out secret keeps signing beside the new one for this long, for the receiver to switch. */
    static final Duration ROTATION_OVERLAP = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Nudges nudges;

    @Inject
    CallbackSettings settings;

    @Inject
    CallbackAdapters adapters;

    @EJB
    CallbackLog history;

    @Inject
    OwnedEndpoints owned;

    @Inject
    Clock clock;

    /**
     * An endpoint as its retailer sees it; {@code secret} only in the answer that made it or rotated it; the adapter
     * that shapes its requests (null: the Standard Webhooks JSON) and its settings, secrets among them as "set".
     */
    public record EndpointView(String id, String url, List<String> events, String state, int failuresInRow,
                               Instant pausedAt, Instant createdAt, String secret, String adapter,
                               JsonObject adapterSettings, String alertEmail) {
    }

    public EndpointView subscribe(String retailer, String url, List<String> events) {
        return subscribe(retailer, url, events, null);
    }

    /** A new endpoint; {@code alertEmail} (or null) is mailed if it is ever paused. */
    public EndpointView subscribe(String retailer, String url, List<String> events, String alertEmail) {
        String refused = EndpointAddresses.refusal(url, settings.allowPrivate());
        if (refused != null) {
            throw new IllegalArgumentException(refused);
        }
        List<String> unknown = events.stream().filter(e -> !CallbackTypes.ALL.contains(e)).toList();
        if (events.isEmpty() || !unknown.isEmpty()) {
            throw new IllegalArgumentException("events are one or more of " + CallbackTypes.ALL
                    + (unknown.isEmpty() ? "" : "; unknown: " + unknown));
        }
        String secret = newSecret();
        CallbackEndpoint endpoint = new CallbackEndpoint(retailer, url, events.stream().distinct().toList(), secret,
                clock.instant());
        endpoint.alertEmail(alertEmail);
        em.persist(endpoint);
        return view(endpoint, secret);
    }

    public List<EndpointView> list(String retailer) {
        return em.createQuery("select e from CallbackEndpoint e where e.retailer = :retailer order by e.createdAt",
                CallbackEndpoint.class).setParameter("retailer", retailer).getResultStream()
                .map(e -> view(e, null)).toList();
    }

    public EndpointView get(String retailer, String id) {
        return view(owned.find(retailer, id, false), null);
    }

    public void remove(String retailer, String id) {
        CallbackEndpoint endpoint = owned.find(retailer, id, true);
        em.createQuery("delete from CallbackAttempt a where a.delivery in (select d.id from CallbackDelivery d "
                + "where d.endpoint = :endpoint)").setParameter("endpoint", endpoint).executeUpdate();
        em.createQuery("delete from CallbackDelivery d where d.endpoint = :endpoint").setParameter("endpoint", endpoint)
                .executeUpdate();
        em.remove(endpoint);
    }

    public EndpointView rotate(String retailer, String id) {
        CallbackEndpoint endpoint = owned.find(retailer, id, true);
        String secret = newSecret();
        endpoint.rotate(secret, clock.instant().plus(ROTATION_OVERLAP));
        return view(endpoint, secret);
    }

    /**
     * Its requests are shaped from now on by the adapter {@code name} with these settings (checked by the adapter), or
     * (name null) are the Standard Webhooks JSON again.
     */
    public EndpointView adapt(String retailer, String id, String name, JsonObject settings) {
        CallbackEndpoint endpoint = owned.find(retailer, id, true);
        if (name == null) {
            endpoint.adapt(null, null);
        } else {
            CallbackAdapter adapter = adapters.find(name).orElseThrow(() -> new IllegalArgumentException(
                    "adapter is one of " + adapters.names() + ", not '" + name + "'"));
            endpoint.adapt(name, adapter.checked(settings == null ? JsonValue.EMPTY_JSON_OBJECT : settings)
                    .toString());
        }
        return view(endpoint, null);
    }

    private EndpointView view(CallbackEndpoint e, String secret) {
        return new EndpointView(e.id(), e.url(), e.eventTypes(), e.state().name(), e.failuresInRow(), e.pausedAt(),
                e.createdAt(), secret, e.adapter(), adapters.shown(e.adapter(), e.adapterSettings()), e.alertEmail());
    }

    /** Where the news of a pause is mailed from now on (null: nowhere). */
    public EndpointView alertEmail(String retailer, String id, String address) {
        CallbackEndpoint endpoint = owned.find(retailer, id, true);
        endpoint.alertEmail(address);
        return view(endpoint, null);
    }

    /** The retailer pauses its endpoint (a maintenance window): its events wait, in order, until it is resumed. */
    public EndpointView pause(String retailer, String id) {
        CallbackEndpoint endpoint = owned.find(retailer, id, true);
        endpoint.pause(clock.instant());
        return view(endpoint, null);
    }

    /** A paused endpoint takes deliveries again: its backlog goes out, each subject's events in order. */
    public EndpointView resume(String retailer, String id) {
        CallbackEndpoint endpoint = owned.find(retailer, id, true);
        endpoint.resume();
        Instant now = clock.instant();
        pending(endpoint).forEach(d -> {
            d.again(now); // due now, however long its last backoff was
            nudges.attempt(d.id(), Duration.ZERO);
        });
        return view(endpoint, null);
    }

    /**
     * An event the retailer's Partner tells of (a parcel's pickup window ending: {@link CallbackTypes#FROM_PARTNER}),
     * under the Partner's own id; true when it was new, false when it had been told before (nothing changes then).
     */
    public boolean told(String retailer, String partnerEventId, String type, String reference, JsonObject data,
                        Instant at) {
        if (!CallbackTypes.FROM_PARTNER.contains(type)) {
            throw new IllegalArgumentException("a Partner tells of " + CallbackTypes.FROM_PARTNER + " only, not '"
                    + type + "'");
        }
        Instant now = clock.instant();
        if (at.isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw new IllegalArgumentException("at " + at + " is in the future");
        }
        return outbox.publishFromPartner(retailer, partnerEventId, type, "parcel:" + reference,
                Json.createObjectBuilder(data).add("reference", reference).build(), at);
    }

    /** Sends a {@value CallbackTypes#TEST} event to this endpoint alone. */
    public CallbackLog.DeliveryView test(String retailer, String id) {
        CallbackEndpoint endpoint = owned.find(retailer, id, true);
        Instant now = clock.instant();
        CallbackEvent event = outbox.record(retailer, CallbackTypes.TEST, "endpoint:" + id,
                Json.createObjectBuilder().add("endpoint", id).add("at", now.toString()).build(), now);
        outbox.deliver(event, List.of(endpoint));
        return history.log(retailer, id, null, null, 1).get(0);
    }

    /**
     * Sends again, with their own {@code webhook-id}s, the events this endpoint was to get that occurred in [from, to)
     * (or the one with {@code webhookId}); returns how many.
     */
    public int replay(String retailer, String id, Instant from, Instant to, String webhookId) {
        CallbackEndpoint endpoint = owned.find(retailer, id, true);
        Instant now = clock.instant();
        var query = em.createQuery("select d from CallbackDelivery d where d.endpoint = :endpoint"
                + (webhookId == null ? "" : " and d.event.webhookId = :webhookId")
                + (from == null ? "" : " and d.event.occurredAt >= :from")
                + (to == null ? "" : " and d.event.occurredAt < :to") + " order by d.event.id", CallbackDelivery.class)
                .setParameter("endpoint", endpoint);
        if (webhookId != null) {
            query.setParameter("webhookId", webhookId);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        List<CallbackDelivery> again = query.setMaxResults(10_000).getResultList();
        again.forEach(d -> d.again(now));
        if (endpoint.state() == CallbackEndpoint.State.ACTIVE) {
            again.forEach(d -> nudges.attempt(d.id(), Duration.ZERO));
        }
        return again.size();
    }

    private List<CallbackDelivery> pending(CallbackEndpoint endpoint) {
        return em.createQuery("select d from CallbackDelivery d where d.endpoint = :endpoint and d.state = :pending "
                        + "order by d.event.id", CallbackDelivery.class).setParameter("endpoint", endpoint)
                .setParameter("pending", CallbackDelivery.State.PENDING).getResultList();
    }

    private static String newSecret() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
