package io.lockernet.core.device.boundary;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.api.messaging.Headers;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.MalformedMessageException;
import io.lockernet.api.protocol.MessageCodec;
import io.lockernet.core.device.control.Readings;
import io.lockernet.core.link.boundary.LinkHealth;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import jakarta.json.spi.JsonProvider;

/**
 * Consumes the history queue ({@value Destinations#HISTORY}; history pool and delivery group, see
 * {@code jboss-ejb3.xml}): batches of vitals and occupancy frames from the Shepherds, one frame per line, written in
 * one transaction per batch; and the Shepherds' link statistics (kind {@value Headers.Kind#LINK_STATS}). Idempotent:
 * a frame recorded before is skipped, so a redelivered batch changes nothing, and link statistics older than those
 * kept are ignored.
 */
@MessageDriven(name = "HistoryListener", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.HISTORY_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class HistoryListener implements MessageListener {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(HistoryListener.class.getName());

    @Inject
    Readings readings;

    @Inject
    Clock clock;

    @EJB
    LinkHealth links;

    @Override
    public void onMessage(Message message) {
        String body;
        String kind;
        try {
            body = ((TextMessage) message).getText();
            kind = message.getStringProperty(Headers.KIND);
            if (Headers.Kind.LINK_STATS.equals(kind)) {
                linkStats(body, Instant.ofEpochMilli(message.getLongProperty(Headers.AT)));
                return;
            }
        } catch (JMSException | ClassCastException | NumberFormatException e) {
            LOG.warning(() -> "dropping a history message that cannot be read: " + e);
            return;
        }
        List<LockerMessage> frames = new ArrayList<>();
        for (String line : body == null ? new String[0] : body.split("\n")) {
            try {
                frames.add(MessageCodec.read(line));
            } catch (MalformedMessageException e) {
                // the Shepherd checked every frame; a bad line cannot get better, so it alone is dropped
                LOG.warning(() -> "dropping a malformed line of a history batch: " + e.getMessage());
            }
        }
        int recorded = readings.record(frames, clock.instant());
        LOG.fine(() -> "history batch: " + recorded + " of " + frames.size() + " frame(s) new");
    }

    private void linkStats(String body, Instant at) {
        for (String line : body == null ? new String[0] : body.split("\n")) {
            try (JsonReader reader = JSON.createReader(new StringReader(line))) {
                JsonObject stats = reader.readObject();
                links.roundTrips(stats.getString("locker"), stats.getInt("samples"),
                        stats.getJsonNumber("p50Ms").doubleValue(), stats.getJsonNumber("p99Ms").doubleValue(),
                        stats.getJsonNumber("maxMs").doubleValue(), at);
            } catch (JsonException | ClassCastException | NullPointerException e) {
                LOG.warning(() -> "dropping a malformed line of link statistics: " + e);
            }
        }
    }
}
