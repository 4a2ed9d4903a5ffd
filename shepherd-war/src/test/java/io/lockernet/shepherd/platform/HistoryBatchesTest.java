package io.lockernet.shepherd.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lockernet.api.protocol.Vitals;
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
    }
}
