package io.lockernet.admin.live.boundary;

import io.lockernet.admin.live.control.LiveNews;
import io.lockernet.admin.live.control.LiveSessions;
import io.lockernet.api.messaging.Destinations;
import io.lockernet.api.messaging.Headers;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.JsonNumber;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.logging.Logger;

/**
 * Hears link changes, compartment changes and alarms opened on the Core's state topic
 * ({@value Destinations#STATE_TOPIC}, realtime tier) and pushes each to the operators on the live channel whose reach
 * takes it in ({@link LiveSessions}). Non-durable and not redelivered: a push is a courtesy on top of the Core's
 * record, and an operator who was not listening sees the current state when the page next loads (or when it
 * reconnects, as it refreshes then).
 */
@MessageDriven(name = "LiveListener", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.STATE_TOPIC_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = Headers.SUBJECT + " IN ('"
                + Headers.Subject.COMPARTMENT + "', '" + Headers.Subject.LINK + "', '"
                + Headers.Subject.OPERATOR_ALARM + "', '" + Headers.Subject.TICKET + "', '"
                + Headers.Subject.IMPULSE + "')"),
        // one consumer: the pages hear a locker's link go down and up again in the order the Core recorded it
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
public class LiveListener implements MessageListener {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(LiveListener.class.getName());

    @Inject
    LiveSessions sessions;

    @Override
    public void onMessage(Message message) {
        try {
            if (sessions.listening() == 0) {
                return;
            }
            String locker = message.getStringProperty(Headers.LOCKER);
            String compartment = message.getStringProperty(Headers.COMPARTMENT);
            String subject = message.getStringProperty(Headers.SUBJECT);
            LiveNews news = switch (subject == null ? "" : subject) {
                case Headers.Subject.LINK -> LiveNews.link(locker, message.getBooleanProperty(Headers.ONLINE));
                case Headers.Subject.COMPARTMENT -> LiveNews.compartment(locker, compartment,
                        message.getStringProperty(Headers.STATE));
                case Headers.Subject.OPERATOR_ALARM -> LiveNews.alarm(locker, compartment,
                        message.getStringProperty(Headers.ALARM), number(message, "id"));
                case Headers.Subject.TICKET -> LiveNews.ticket(locker, number(message, "ticket"));
                case Headers.Subject.IMPULSE -> LiveNews.impulse(locker, compartment,
                        message.getStringProperty(Headers.STATE));
                default -> null;
            };
            if (news != null) {
                sessions.push(news);
            }
        } catch (JMSException | RuntimeException e) {
            // a push is a courtesy on top of the Core's record; one that cannot be read is logged, not retried
            LOG.warning(() -> "cannot push a state message to the operators' live channel: " + e);
        }
    }

    /** A number in the body the Core sends (the alarm's {@code id}, the ticket's {@code ticket}); null when absent. */
    private static Long number(Message message, String field) throws JMSException {
        String body = message.getBody(String.class);
        if (body == null) {
            return null;
        }
        try (var reader = JSON.createReader(new StringReader(body))) {
            return reader.readObject().get(field) instanceof JsonNumber n ? n.longValue() : null;
        }
    }
}
