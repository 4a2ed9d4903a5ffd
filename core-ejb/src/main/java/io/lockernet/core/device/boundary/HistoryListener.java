package io.lockernet.core.device.boundary;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.api.messaging.Headers;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.MalformedMessageException;
import io.lockernet.api.protocol.MessageCodec;
import io.lockernet.core.alarm.control.Alarms;
import io.lockernet.core.alarm.entity.AlarmKind;
import io.lockernet.core.device.control.ForgedMessageException;
import io.lockernet.core.device.control.MessageSenders;
import io.lockernet.core.device.control.Readings;
import io.lockernet.core.locker.boundary.Lockers;
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
import java.util.Set;
import java.util.logging.Logger;
import jakarta.json.spi.JsonProvider;

/**
 * Consumes the history queue ({@value Destinations#HISTORY}; history pool and delivery group, see
 * {@code jboss-ejb3.xml}): batches of vitals and occupancy frames from the Shepherds, one frame per line, written in
 * one transaction per batch; and the Shepherds' link statistics (kind {@value Headers.Kind#LINK_STATS}). Idempotent:
 * a frame recorded before is skipped, so a redelivered batch changes nothing, and link statistics older than those
 * kept are ignored. Believed only from the Shepherd the credential shows and for the lockers it carries, like the
 * realtime queue ({@link RealtimeListener}); readings of other lockers are dropped and counted on an alarm.
 */
@MessageDriven(name = "HistoryListener", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.HISTORY_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class HistoryListener implements MessageListener {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(HistoryListener.class.getName());

    static final String SUBJECT = "forged messages on " + Destinations.HISTORY;

    @Inject
    Readings readings;

    @Inject
    Clock clock;

    @EJB
    LinkHealth links;

    @EJB
    Lockers lockers;

    @EJB
    Alarms alarms;

    @Inject
    MessageSenders senders;

    @Override
    public void onMessage(Message message) {
        String body;
        String kind;
        String shepherd;
        try {
            body = ((TextMessage) message).getText();
            kind = message.getStringProperty(Headers.KIND);
            shepherd = senders.shepherd(message.getStringProperty(Headers.CREDENTIAL),
                    message.getStringProperty(Headers.SHEPHERD));
            if (Headers.Kind.LINK_STATS.equals(kind)) {
                linkStats(shepherd, body, Instant.ofEpochMilli(message.getLongProperty(Headers.AT)));
                return;
            }
        } catch (ForgedMessageException e) {
            forged("a history message", e.getMessage(), 1);
            return;
        } catch (JMSException | ClassCastException | NumberFormatException e) {
            LOG.warning(() -> "dropping a history message that cannot be read: " + e);
            return;
        }
        List<LockerMessage> frames = new ArrayList<>();
        for (String line : lines(body)) {
            try {
                frames.add(MessageCodec.read(line));
            } catch (MalformedMessageException e) {
                // the Shepherd checked every frame; a bad line cannot get better, so it alone is dropped
                LOG.warning(() -> "dropping a malformed line of a history batch: " + e.getMessage());
            }
        }
        Set<String> carried = lockers.carriedBy(shepherd, frames.stream().map(LockerMessage::locker).toList());
        List<LockerMessage> believed = frames.stream().filter(f -> carried.contains(f.locker())).toList();
        if (believed.size() < frames.size()) {
            forged((frames.size() - believed.size()) + " reading(s) in a batch", shepherd
                    + " does not carry their locker(s)", frames.size() - believed.size());
        }
        int recorded = readings.record(believed, clock.instant());
        LOG.fine(() -> "history batch: " + recorded + " of " + frames.size() + " frame(s) new");
    }

    /** Each line of a locker this Shepherd carries, checked with one query for the whole message. */
    private void linkStats(String shepherd, String body, Instant at) {
        List<JsonObject> lines = new ArrayList<>();
        for (String line : lines(body)) {
            try (JsonReader reader = JSON.createReader(new StringReader(line))) {
                JsonObject stats = reader.readObject();
                stats.getString("locker");
                lines.add(stats);
            } catch (JsonException | ClassCastException | NullPointerException e) {
                LOG.warning(() -> "dropping a malformed line of link statistics: " + e);
            }
        }
        Set<String> carried = lockers.carriedBy(shepherd, lines.stream().map(l -> l.getString("locker")).toList());
        long foreign = lines.stream().filter(l -> !carried.contains(l.getString("locker"))).count();
        if (foreign > 0) {
            forged(foreign + " line(s) of link statistics", shepherd + " does not carry their locker(s)", foreign);
        }
        for (JsonObject stats : lines) {
            if (!carried.contains(stats.getString("locker"))) {
                continue;
            }
            try {
                links.roundTrips(stats.getString("locker"), stats.getInt("samples"),
                        stats.getJsonNumber("p50Ms").doubleValue(), stats.getJsonNumber("p99Ms").doubleValue(),
                        stats.getJsonNumber("maxMs").doubleValue(), at);
            } catch (ClassCastException | NullPointerException e) {
                LOG.warning(() -> "dropping a malformed line of link statistics: " + e);
            }
        }
    }

    private static String[] lines(String body) {
        return body == null ? new String[0] : body.split("\n");
    }

    /** Dropped, and counted on one alarm for this queue (see {@link RealtimeListener}). */
    private void forged(String what, String why, long times) {
        alarms.raiseAbout(AlarmKind.FORGED_MESSAGE, SUBJECT, "dropped " + what + ": " + why, times);
    }
}
