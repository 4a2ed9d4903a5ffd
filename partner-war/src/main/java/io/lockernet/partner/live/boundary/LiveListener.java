package io.lockernet.partner.live.boundary;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.api.messaging.Headers;
import io.lockernet.partner.live.control.LiveSessions;
import io.lockernet.partner.platform.OwnLockers;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.logging.Logger;
import jakarta.json.spi.JsonProvider;

/**
 * Hears alarms and compartment changes on the Core's state topic ({@value Destinations#STATE_TOPIC}, realtime tier)
 * and pushes those of this retailer's lockers to the staff of the locker's store on the live channel. Non-durable: staff who were not
 * listening see the current state when they next load the page. Another retailer's lockers are never pushed.
 */
@MessageDriven(name = "LiveListener", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.STATE_TOPIC_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = Headers.SUBJECT + " IN ('"
                + Headers.Subject.ALARM + "', '" + Headers.Subject.COMPARTMENT + "')")
})
public class LiveListener implements MessageListener {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(LiveListener.class.getName());

    @Inject
    LiveSessions sessions;

    @Inject
    OwnLockers lockers;

    @Override
    public void onMessage(Message message) {
        try {
            String locker = message.getStringProperty(Headers.LOCKER);
            if (sessions.listening() == 0 || locker == null || !lockers.contains(locker)) {
                return;
            }
            String subject = message.getStringProperty(Headers.SUBJECT);
            JsonObjectBuilder json = JSON.createObjectBuilder().add("type", subject).add("locker", locker)
                    .add("compartment", orEmpty(message.getStringProperty(Headers.COMPARTMENT)));
            if (Headers.Subject.ALARM.equals(subject)) {
                json.add("alarm", orEmpty(message.getStringProperty(Headers.ALARM)))
                        .add("detail", JSON.createReader(new StringReader(message.getBody(String.class)))
                                .readObject().getString("detail", ""));
            } else {
                json.add("state", orEmpty(message.getStringProperty(Headers.STATE)));
            }
            sessions.push(lockers.storeOf(locker).orElse(""), json.build().toString());
        } catch (JMSException | RuntimeException e) {
            // a push is a courtesy on top of the Core's record; one that cannot be read is logged, not retried
            LOG.warning(() -> "cannot push a state message to the live channel: " + e);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
