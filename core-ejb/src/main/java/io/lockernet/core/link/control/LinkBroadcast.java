package io.lockernet.core.link.control;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.api.messaging.Headers;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;

/**
 * Tells the operators' consoles that a locker's link went up or down (subject {@value Headers.Subject#LINK}) or that a
 * service ticket about it was opened, handled or closed ({@value Headers.Subject#TICKET}), on the realtime state topic.
 * Sent in the transaction that recorded the change, so that no console shows a change that was rolled back; a
 * redelivered link message that changes nothing sends nothing.
 */
@ApplicationScoped
public class LinkBroadcast {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.STATE_TOPIC_JNDI)
    Topic stateTopic;

    public void linkChanged(String locker, boolean online, Instant at) {
        String body = JSON.createObjectBuilder().add("locker", locker).add("online", online).add("at", at.toString())
                .build().toString();
        jms.createProducer()
                .setProperty(Headers.SUBJECT, Headers.Subject.LINK)
                .setProperty(Headers.LOCKER, locker)
                .setProperty(Headers.ONLINE, online)
                .setProperty(Headers.AT, at.toEpochMilli())
                .send(stateTopic, body);
    }

    /** A ticket about this locker was opened, acknowledged, assigned, commented or closed: its id, never its text. */
    public void ticketChanged(String locker, Long ticket) {
        var body = JSON.createObjectBuilder().add("locker", locker);
        if (ticket != null) {
            body.add("ticket", ticket);
        }
        jms.createProducer()
                .setProperty(Headers.SUBJECT, Headers.Subject.TICKET)
                .setProperty(Headers.LOCKER, locker)
                .send(stateTopic, body.build().toString());
    }
}
