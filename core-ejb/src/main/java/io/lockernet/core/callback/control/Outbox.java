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
        List<CallbackEndpoint> endpoints = em.createQuery("select e from CallbackEndpoint e "
                + "where e.retailer = :retailer", CallbackEndpoint.class).setParameter("retailer", retailer)
                .getResultStream().filter(e -> e.subscribes(type)).toList();
        if (!endpoints.isEmpty()) {
            deliver(record(retailer, type, subject, data, at), endpoints);
        }
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
