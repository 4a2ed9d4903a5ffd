package io.lockernet.core.callback.control;

import io.lockernet.core.callback.entity.CallbackDelivery;
import io.lockernet.core.callback.entity.CallbackEndpoint;
import io.lockernet.core.callback.entity.CallbackEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Writes an event for a retailer, and a delivery to each of its endpoints that subscribes to the type, in the caller's
 * transaction: what committed is told, what rolled back is not. The payload is the Standard Webhooks shape
 * ({@code type}, {@code timestamp}, {@code data}) with the event's {@code sequence}, by which a receiver orders the
 * events of one subject (a parcel, a locker); it never carries personal data.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Nudges nudges;

    public void publish(String retailer, String type, String subject, JsonObject data, Instant at) {
        List<CallbackEndpoint> endpoints = subscribers(retailer, type);
        if (!endpoints.isEmpty()) {
            deliver(record(retailer, type, subject, data, at), endpoints);
        }
    }

    /**
     * An event the retailer's Partner tells of, under its own id: recorded and delivered the first time; told again (the
     * Partner did not see the answer), it changes nothing. False when it was known.
     */
    public boolean publishFromPartner(String retailer, String partnerEventId, String type, String subject,
                                      JsonObject data, Instant at) {
        boolean known = !em.createQuery("select e.id from CallbackEvent e where e.retailer = :retailer "
                        + "and e.sourceId = :source", Long.class).setParameter("retailer", retailer)
                .setParameter("source", partnerEventId).setMaxResults(1).getResultList().isEmpty();
        if (known) {
            return false;
        }
        List<CallbackEndpoint> endpoints = subscribers(retailer, type);
        if (!endpoints.isEmpty()) {
            CallbackEvent event = record(retailer, type, subject, data, at);
            event.toldBy(partnerEventId);
            deliver(event, endpoints);
        }
        return true;
    }

    private List<CallbackEndpoint> subscribers(String retailer, String type) {
        return em.createQuery("select e from CallbackEndpoint e where e.retailer = :retailer", CallbackEndpoint.class)
                .setParameter("retailer", retailer).getResultStream().filter(e -> e.subscribes(type)).toList();
    }

    /** The event, written whether or not anyone listens now (a test event, a replay's source). */
    public CallbackEvent record(String retailer, String type, String subject, JsonObject data, Instant at) {
        CallbackEvent event = new CallbackEvent(retailer, type, subject, "{}", at);
        em.persist(event);
        em.flush(); // the id is the sequence
        event.payload(Json.createObjectBuilder().add("type", type).add("timestamp", at.toString())
                .add("sequence", event.id()).add("data", data).build().toString());
        return event;
    }

    public void deliver(CallbackEvent event, List<CallbackEndpoint> endpoints) {
        for (CallbackEndpoint endpoint : endpoints) {
            CallbackDelivery delivery = new CallbackDelivery(event, endpoint, event.occurredAt());
            em.persist(delivery);
            em.flush();
            if (endpoint.state() == CallbackEndpoint.State.ACTIVE) {
                nudges.attempt(delivery.id(), Duration.ZERO);
            }
        }
    }
}
