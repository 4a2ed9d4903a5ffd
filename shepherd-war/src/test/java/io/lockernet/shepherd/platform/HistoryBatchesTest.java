package io.lockernet.shepherd.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.Vitals;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSRuntimeException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** While the broker takes no readings, the backlog stays within its bound and counts what gave way. */
class HistoryBatchesTest {

    @Test
    void theOldestReadingsGiveWayToTheNewestOnceTheBacklogIsFull() {
        HistoryBatches batches = new HistoryBatches();
        batches.backlog = 3;
        batches.batchSize = 1_000; // no flush is asked for: the broker is away
        for (long seq = 1; seq <= 5; seq++) {
            batches.add(new Vitals("L-0001", seq, Instant.parse("2026-12-02T10:00:00Z"), 21.5, 12.1, 90, -70, seq));
        }
        assertEquals(2, batches.dropped());
        assertEquals(3, batches.backlogSize());
        assertTrue(batches.oldest().contains("\"seq\":3"), batches.oldest());
    }

    @Test
    void aBatchTheBrokerRefusedKeepsItsPlaceAtTheFrontSoTheOldestStillGiveWayFirst() {
        HistoryBatches batches = new HistoryBatches();
        batches.backlog = 3;
        batches.batchSize = 1_000;
        batches.connectionFactory = (ConnectionFactory) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ConnectionFactory.class}, (proxy, method, args) -> {
                    throw new JMSRuntimeException("the history queue is full");
                });
        for (long seq = 1; seq <= 3; seq++) {
            batches.add(vitals(seq));
        }
        batches.flushQuietly(); // refused: the three go back where they were
        batches.add(vitals(4));
        assertEquals(1, batches.dropped());
        assertTrue(batches.oldest().contains("\"seq\":2"), "the oldest gave way: " + batches.oldest());
    }

    @Test
    void aReadingIsAcknowledgedOnlyOnceTheBrokerTookItsBatch() {
        HistoryBatches batches = new HistoryBatches();
        batches.backlog = 10;
        batches.batchSize = 1_000;
        boolean[] brokerUp = {false};
        batches.config = new ShepherdConfig();
        batches.config.moduleName = "shepherd-1";
        batches.config.init();
        batches.credentials = new ShepherdCredentials() {
            @Override
            public String forMessages() {
                return "a token of shepherd-1";
            }
        };
        batches.connectionFactory = (ConnectionFactory) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ConnectionFactory.class}, (proxy, method, args) -> {
                    if (!brokerUp[0]) {
                        throw new JMSRuntimeException("the broker is away");
                    }
                    return brokerThatTakesEverything();
                });
        List<Long> acknowledged = new ArrayList<>();
        for (long seq = 1; seq <= 2; seq++) {
            long s = seq;
            batches.add(vitals(seq), () -> acknowledged.add(s));
        }
        batches.flushQuietly();
        assertEquals(List.of(), acknowledged, "refused: nothing is acknowledged");
        brokerUp[0] = true;
        batches.flushQuietly();
        assertEquals(List.of(1L, 2L), acknowledged);
        assertEquals(0, batches.backlogSize());
    }

    /** A JMSContext whose producers take every message: every method answers a proxy of its own return type. */
    private static Object brokerThatTakesEverything() {
        return proxyOf(jakarta.jms.JMSContext.class);
    }

    private static Object proxyOf(Class<?> type) {
        return Proxy.newProxyInstance(HistoryBatchesTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    Class<?> returned = method.getReturnType();
                    if (returned == void.class) {
                        return null;
                    }
                    return returned.isInterface() ? (returned.isInstance(proxy) ? proxy : proxyOf(returned)) : null;
                });
    }

    private static Vitals vitals(long seq) {
        return new Vitals("L-0001", seq, Instant.parse("2026-12-02T10:00:00Z"), 21.5, 12.1, 90, -70, seq);
    }
}
