package io.lockernet.core.impulse.control;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.api.messaging.Headers;
import io.lockernet.core.impulse.entity.Impulse;
import io.lockernet.core.locker.entity.Compartment;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

/**
 * Tells every application that an impulse or a compartment changed state, on the realtime state topic. Sent in the transaction that
 * made the change, so nobody hears of a change that was rolled back.
 */
@ApplicationScoped
public class StateBroadcast {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.STATE_TOPIC_JNDI)
    Topic stateTopic;

    public void impulseChanged(Impulse impulse) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("impulseId", impulse.id())
                .add("locker", impulse.locker())
                .add("compartment", impulse.compartment())
                .add("state", impulse.state().name());
        if (impulse.reason() != null) {
            body.add("reason", impulse.reason());
        }
        jms.createProducer()
                .setProperty(Headers.SUBJECT, Headers.Subject.IMPULSE)
                .setProperty(Headers.IMPULSE, impulse.id())
                .setProperty(Headers.LOCKER, impulse.locker())
                .setProperty(Headers.COMPARTMENT, impulse.compartment())
                .setProperty(Headers.RETAILER, impulse.retailer() == null ? "" : impulse.retailer())
                .setProperty(Headers.STATE, impulse.state().name())
                .send(stateTopic, body.build().toString());
    }

    /** A compartment changed state (door opened or closed, reserved, occupied, freed). */
    public void compartmentChanged(Compartment compartment) {
        String body = JSON.createObjectBuilder()
                .add("locker", compartment.locker())
                .add("compartment", compartment.name())
                .add("state", compartment.state().name())
                .build().toString();
        jms.createProducer()
                .setProperty(Headers.SUBJECT, Headers.Subject.COMPARTMENT)
                .setProperty(Headers.LOCKER, compartment.locker())
                .setProperty(Headers.COMPARTMENT, compartment.name())
                .setProperty(Headers.STATE, compartment.state().name())
                .send(stateTopic, body);
    }

    /** A realtime alarm for the staff of the store and the operators (a person shut inside, say). */
    public void alarm(String kind, String locker, String compartment, String detail) {
        String body = JSON.createObjectBuilder()
                .add("alarm", kind).add("locker", locker).add("compartment", compartment).add("detail", detail)
                .build().toString();
        jms.createProducer()
                .setProperty(Headers.SUBJECT, Headers.Subject.ALARM)
                .setProperty(Headers.ALARM, kind)
                .setProperty(Headers.LOCKER, locker)
                .setProperty(Headers.COMPARTMENT, compartment)
                .send(stateTopic, body);
    }
}
