package io.lockernet.shepherd.platform;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.api.messaging.Headers;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.MessageCodec;
import io.lockernet.api.protocol.SensorEvent;
import io.lockernet.api.protocol.Vitals;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the Core what happened at the lockers. Frames that change what a compartment or an impulse is doing go on
 * the realtime queue, one message each, in the locker's order; vitals and occupancy readings go to the history tier
 * in batches ({@link HistoryBatches}). With {@code lockernet.tiers=realtime-only} every frame takes the realtime
 * path: that mode exists only to measure what the tiers save (docs/benchmarks.md).
 */
@ApplicationScoped
public class CoreEvents {

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory connectionFactory;

    @Resource(lookup = Destinations.REALTIME_JNDI)
    Queue realtime;

    @Resource(lookup = Destinations.HISTORY_JNDI)
    Queue history;

    @Inject
    ShepherdConfig config;

    @Inject
    HistoryBatches historyBatches;

    @Inject
    @ConfigProperty(name = "lockernet.tiers", defaultValue = "tiered")
    String tiers;

    private final Clock clock = Clock.systemUTC();

    /** A frame the locker sent, already validated. */
    public void device(LockerMessage frame) {
        if (isHistory(frame) && !"realtime-only".equals(tiers)) {
            historyBatches.add(frame);
        } else {
            send(frame.locker(), Headers.Kind.DEVICE, MessageCodec.write(frame), p -> { });
        }
    }

    /** Readings nobody waits for: vitals, and occupancy (motion may be a person shut in, so it stays realtime). */
    static boolean isHistory(LockerMessage frame) {
        return frame instanceof Vitals
                || frame instanceof SensorEvent sensor && sensor.kind() == SensorEvent.Kind.OCCUPANCY;
    }

    public void link(String locker, boolean online) {
        send(locker, Headers.Kind.LINK, "", p -> p.setProperty(Headers.ONLINE, online));
    }

    /** Ping round trips of lockers, one JSON object per line (see {@link Headers.Kind#LINK_STATS}); history tier. */
    public void linkStats(List<String> lines) {
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createProducer()
                    .setProperty(Headers.KIND, Headers.Kind.LINK_STATS)
                    .setProperty(Headers.SHEPHERD, config.instance())
                    .setProperty(Headers.AT, clock.millis())
                    .setProperty(Headers.COUNT, lines.size())
                    .send(history, String.join("\n", lines));
        }
    }

    /** A command could not be handed to the locker; {@code expired} when its deadline had passed. */
    public void undelivered(String locker, String impulse, boolean expired, String reason) {
        send(locker, Headers.Kind.UNDELIVERED, "", p -> p.setProperty(Headers.IMPULSE, impulse)
                .setProperty(Headers.EXPIRED, expired)
                .setProperty(Headers.REASON, reason));
    }

    /** A connection misbehaved: {@code kind} is DUPLICATE_CONNECTION, IMPERSONATION or FLOODING. */
    public void alarm(String locker, String kind, String detail) {
        send(locker, Headers.Kind.ALARM, "", p -> p.setProperty(Headers.ALARM, kind).setProperty(Headers.REASON, detail));
    }

    private void send(String locker, String kind, String body, java.util.function.Consumer<JMSProducer> extra) {
        try (JMSContext jms = connectionFactory.createContext()) {
            JMSProducer producer = jms.createProducer()
                    .setProperty(Headers.KIND, kind)
                    .setProperty(Headers.LOCKER, locker)
                    .setProperty(Headers.SHEPHERD, config.instance())
                    .setProperty(Headers.AT, clock.millis())
                    // one locker's frames are consumed in order, by one consumer at a time (Artemis message groups)
                    .setProperty("JMSXGroupID", locker);
            extra.accept(producer);
            producer.send(realtime, body);
        }
    }
}
