package io.lockernet.shepherd.platform;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.api.messaging.Headers;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.MessageCodec;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The history tier's sender: vitals and occupancy readings are gathered here and go to the Core as one JMS message
 * per batch (one frame per line), at most {@code lockernet.shepherd.history-batch} frames or
 * {@code lockernet.shepherd.history-flush-ms} old. One message and one transaction per batch instead of per frame
 * is what makes the tier cheap. A reading lost with a crashed Shepherd is a gap in a chart, not a lost parcel; the
 * frames that change what a compartment is doing never come through here. The backlog is bounded
 * ({@code lockernet.shepherd.history-backlog}, default 100,000 readings): while the broker takes none (down, or its
 * bounded history queue full), the oldest give way to the newest and are counted ({@link #dropped()}, on the health
 * check), so that a long outage costs old readings, never the Shepherd's memory.
 */
@ApplicationScoped
public class HistoryBatches {

    private static final Logger LOG = Logger.getLogger(HistoryBatches.class.getName());

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory connectionFactory;

    @Resource(lookup = Destinations.HISTORY_JNDI)
    Queue history;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ShepherdConfig config;

    @Inject
    ShepherdCredentials credentials;

    @Inject
    @ConfigProperty(name = "lockernet.shepherd.history-batch", defaultValue = "500")
    int batchSize;

    @Inject
    @ConfigProperty(name = "lockernet.shepherd.history-flush-ms", defaultValue = "1000")
    long flushMillis;

    @Inject
    @ConfigProperty(name = "lockernet.shepherd.history-backlog", defaultValue = "100000")
    int backlog;

    /** A reading as it will be sent, and what runs once the broker has it (v1.1: the locker's ack; may be null). */
    private record Reading(String text, Runnable sent) {
    }

    /** Oldest first; a batch the broker refused goes back to the front, so that the oldest still give way first. */
    private final ConcurrentLinkedDeque<Reading> pending = new ConcurrentLinkedDeque<>();
    /** A flush asked for by a full batch is queued (at most one at a time). */
    private final AtomicBoolean flushAsked = new AtomicBoolean();
    /** The broker refused the last batch: full batches wait for the next regular flush instead of asking again. */
    private volatile boolean refusing;
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private ScheduledFuture<?> flushing;

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        flushing = scheduler.scheduleWithFixedDelay(this::flushQuietly, flushMillis, flushMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (flushing != null) {
            flushing.cancel(false);
        }
        flushQuietly();
    }

    public void add(LockerMessage frame) {
        add(frame, null);
    }

    /** As {@link #add(LockerMessage)}; {@code sent} (may be null) runs once the batch with the frame is on the queue. */
    public void add(LockerMessage frame, Runnable sent) {
        pending.add(new Reading(MessageCodec.write(frame), sent));
        if (size.incrementAndGet() > backlog && pending.poll() != null) {
            size.decrementAndGet();
            if (dropped.incrementAndGet() % 10_000 == 1) {
                LOG.warning(() -> dropped.get() + " reading(s) dropped so far: the history tier has taken none for a "
                        + "while and the backlog is full at " + backlog);
            }
        }
        if (size.get() >= batchSize && !refusing && flushAsked.compareAndSet(false, true)) {
            scheduler.execute(() -> {
                flushAsked.set(false);
                flushQuietly();
            });
        }
    }

    /** Readings waiting for the broker. */
    int backlogSize() {
        return size.get();
    }

    /** The oldest reading waiting, as it will be sent; null when none waits. */
    String oldest() {
        Reading oldest = pending.peekFirst();
        return oldest == null ? null : oldest.text();
    }

    /** Readings dropped because the backlog was full since this Shepherd started. */
    public long dropped() {
        return dropped.get();
    }

    void flushQuietly() {
        try {
            flush();
            refusing = false;
        } catch (RuntimeException e) {
            if (!refusing) {
                LOG.log(Level.WARNING, "cannot send a history batch; the readings are kept for the next try (every "
                        + flushMillis + " ms; said once until a batch goes through)", e);
            }
            refusing = true;
        }
    }

    private synchronized void flush() {
        while (!pending.isEmpty()) {
            List<Reading> batch = new ArrayList<>(batchSize);
            Reading reading;
            while (batch.size() < batchSize && (reading = pending.poll()) != null) {
                batch.add(reading);
            }
            try (JMSContext jms = connectionFactory.createContext()) {
                jms.createProducer()
                        .setProperty(Headers.SHEPHERD, config.instance())
                        .setProperty(Headers.CREDENTIAL, credentials.forMessages())
                        .setProperty(Headers.COUNT, batch.size())
                        .send(history, String.join("\n", batch.stream().map(Reading::text).toList()));
            } catch (RuntimeException e) {
                for (int i = batch.size() - 1; i >= 0; i--) {
                    pending.addFirst(batch.get(i));
                }
                throw e;
            }
            size.addAndGet(-batch.size());
            batch.stream().map(Reading::sent).filter(Objects::nonNull).forEach(CoreEvents::runQuietly);
        }
    }
}
