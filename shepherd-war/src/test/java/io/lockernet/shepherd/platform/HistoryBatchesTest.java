package io.lockernet.shepherd.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lockernet.api.protocol.Vitals;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSRuntimeException;
import java.lang.reflect.Proxy;
import java.time.Instant;
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

    private static Vitals vitals(long seq) {
        return new Vitals("L-0001", seq, Instant.parse("2026-12-02T10:00:00Z"), 21.5, 12.1, 90, -70, seq);
    }
}
