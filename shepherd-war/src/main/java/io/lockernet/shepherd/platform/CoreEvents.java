package io.lockernet.shepherd.platform;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.api.messaging.Headers;
import io.lockernet.api.protocol.Hello;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.MessageCodec;
import io.lockernet.api.protocol.SensorEvent;
import io.lockernet.api.protocol.Vitals;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the Core what happened at the lockers. Frames that change what a compartment or an impulse is doing go on
 * the realtime queue, one message each, in the locker's order; vitals and occupancy readings go to the history tier
 * in batches ({@link HistoryBatches}). With {@code lockernet.tiers=realtime-only} every frame takes the realtime
 * path: that mode exists only to measure what the tiers save (docs/benchmarks.md).
 * <p>
 * The realtime send does not happen on the thread that read the frame: a WebSocket thread serves many lockers, and a
 * persistent send takes milliseconds, which every other locker on that thread (and its pongs) would wait for. Frames
 * are queued on {@code lockernet.shepherd.realtime-lanes} lanes (default 4; a locker always on the same one, so its
 * frames stay in order) and each lane sends what queued up during its previous send in one transaction
 * ({@link RealtimeSender}). When the Core's broker cannot take them, a lane holds at most
 * {@code lockernet.shepherd.realtime-backlog} frames (default 10,000); beyond that the send methods throw
 * {@link CoreUnavailableException}, and a locker whose frame met a full lane is closed with 4503 (reconnect later);
 * that frame is not recorded, like any frame v1 of the protocol loses with a broken connection.
 */
@ApplicationScoped
public class CoreEvents {

    private static final Logger LOG = Logger.getLogger(CoreEvents.class.getName());

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory connectionFactory;

    @Resource(lookup = Destinations.HISTORY_JNDI)
    Queue history;

    @Inject
    ShepherdConfig config;

    @Inject
    HistoryBatches historyBatches;

    @Inject
    @ConfigProperty(name = "lockernet.tiers", defaultValue = "tiered")
    String tiers;

    @Inject
    RealtimeSender sender;

    @Inject
    ShepherdCredentials credentials;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "lockernet.shepherd.realtime-lanes", defaultValue = "4")
    int laneCount;

    @Inject
    @ConfigProperty(name = "lockernet.shepherd.realtime-backlog", defaultValue = "10000")
    int backlog;

    /**
     * A locker's own frames never wait for room in a full lane (the locker is asked to come back later); the
     * Shepherd's events about it (online, offline, undelivered, alarms) wait up to 5 s, so that a short backlog does
     * not cost the Core the news that a locker left.
     */
    private static final long EVENT_WAIT_MILLIS = 5_000;

    private final Clock clock = Clock.systemUTC();
    private OrderedLanes<RealtimeSender.Frame> lanes;

    @PostConstruct
    void start() {
        lanes = new OrderedLanes<>(laneCount, backlog, 200, RealtimeSender.Frame::locker, this::sendAndAcknowledge,
                threads);
    }

    @PreDestroy
    void stop() {
        lanes.close(5_000);
    }

    /** Sends a lane's batch in one transaction; once it is committed, says so to the lockers that asked (v1.1). */
    private void sendAndAcknowledge(List<RealtimeSender.Frame> batch) {
        sender.send(batch);
        batch.stream().map(RealtimeSender.Frame::sent).filter(Objects::nonNull).forEach(CoreEvents::runQuietly);
    }

    /** An acknowledgement that fails (a connection just gone) must not make the lane send the batch again. */
    static void runQuietly(Runnable sent) {
        try {
            sent.run();
        } catch (RuntimeException e) {
            LOG.fine(() -> "cannot acknowledge a frame: " + e);
        }
    }

    /** Realtime frames queued and not yet on the Core's queue. */
    public int backlog() {
        return lanes.backlog();
    }

    /**
     * A locker's {@code hello}, with the id of the connection it came on: the Core answers with a welcome for that
     * connection once it has recorded it.
     */
    public void hello(Hello hello, String connection) {
        send(hello.locker(), Headers.Kind.DEVICE, MessageCodec.write(hello), Map.of(Headers.CONNECTION, connection), 0);
    }

    /**
     * A frame the locker sent, already validated; {@code sent} (may be null) runs once the Core's broker has taken it
     * (v1.1: the locker's {@code ack}).
     */
    public void device(LockerMessage frame, Runnable sent) {
        if (isHistory(frame) && !"realtime-only".equals(tiers)) {
            historyBatches.add(frame, sent);
        } else if (!lanes.offer(new RealtimeSender.Frame(frame.locker(), Headers.Kind.DEVICE, MessageCodec.write(frame),
                clock.millis(), Map.of(), sent))) {
            throw new CoreUnavailableException("the Core's broker is not taking realtime frames: " + lanes.backlog()
                    + " waiting");
        }
    }

    /** Readings nobody waits for: vitals, and occupancy (motion may be a person shut in, so it stays realtime). */
    static boolean isHistory(LockerMessage frame) {
        return frame instanceof Vitals
                || frame instanceof SensorEvent sensor && sensor.kind() == SensorEvent.Kind.OCCUPANCY;
    }

    public void link(String locker, boolean online) {
        send(locker, Headers.Kind.LINK, "", Map.of(Headers.ONLINE, online), EVENT_WAIT_MILLIS);
    }

    /** Ping round trips of lockers, one JSON object per line (see {@link Headers.Kind#LINK_STATS}); history tier. */
    public void linkStats(List<String> lines) {
        try (JMSContext jms = connectionFactory.createContext()) {
            jms.createProducer()
                    .setProperty(Headers.KIND, Headers.Kind.LINK_STATS)
                    .setProperty(Headers.SHEPHERD, config.instance())
                    .setProperty(Headers.CREDENTIAL, credentials.forMessages())
                    .setProperty(Headers.AT, clock.millis())
                    .setProperty(Headers.COUNT, lines.size())
                    .send(history, String.join("\n", lines));
        }
    }

    /** A command could not be handed to the locker; {@code expired} when its deadline had passed. */
    public void undelivered(String locker, String impulse, boolean expired, String reason) {
        send(locker, Headers.Kind.UNDELIVERED, "",
                Map.of(Headers.IMPULSE, impulse, Headers.EXPIRED, expired, Headers.REASON, reason), EVENT_WAIT_MILLIS);
    }

    /** A connection misbehaved: {@code kind} is DUPLICATE_CONNECTION, IMPERSONATION or FLOODING. */
    public void alarm(String locker, String kind, String detail) {
        send(locker, Headers.Kind.ALARM, "", Map.of(Headers.ALARM, kind, Headers.REASON, detail), EVENT_WAIT_MILLIS);
    }

    private void send(String locker, String kind, String body, Map<String, Object> properties, long waitMillis) {
        if (!lanes.offer(new RealtimeSender.Frame(locker, kind, body, clock.millis(), properties), waitMillis)) {
            throw new CoreUnavailableException("the Core's broker is not taking realtime frames: " + lanes.backlog()
                    + " waiting");
        }
    }
}
