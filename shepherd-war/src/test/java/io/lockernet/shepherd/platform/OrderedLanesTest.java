package io.lockernet.shepherd.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedLanesTest {

    record Item(String key, int n) {
    }

    @Test
    void keepsTheOrderOfEachKeyWhenManyThreadsOffer() throws Exception {
        Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
        try (OrderedLanes<Item> lanes = new OrderedLanes<>(3, 100_000, 50, Item::key,
                batch -> batch.forEach(i -> seen.computeIfAbsent(i.key(), k -> new CopyOnWriteArrayList<>()).add(i.n())),
                Thread::new)) {
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                String key = "L-" + w;
                writers.add(new Thread(() -> {
                    for (int n = 0; n < 5_000; n++) {
                        assertTrue(lanes.offer(new Item(key, n)));
                    }
                }));
            }
            writers.forEach(Thread::start);
            for (Thread writer : writers) {
                writer.join();
            }
            lanes.close(10_000);
        }
        assertEquals(8, seen.size());
        for (List<Integer> numbers : seen.values()) {
            assertEquals(5_000, numbers.size());
            for (int n = 0; n < numbers.size(); n++) {
                assertEquals(n, numbers.get(n), "items of one key in the order they were offered");
            }
        }
    }

    @Test
    void itemsThatQueueDuringASlowDeliveryGoTogether() throws Exception {
        CountDownLatch firstBatchInSink = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        try (OrderedLanes<Item> lanes = new OrderedLanes<>(1, 100, 50, Item::key, batch -> {
            batchSizes.add(batch.size());
            firstBatchInSink.countDown();
            await(release);
        }, Thread::new)) {
            lanes.offer(new Item("L-1", 0));
            assertTrue(firstBatchInSink.await(10, TimeUnit.SECONDS));
            for (int n = 1; n <= 10; n++) {
                lanes.offer(new Item("L-" + n, n));
            }
            release.countDown();
            lanes.close(10_000);
        }
        assertEquals(List.of(1, 10), batchSizes);
    }

    @Test
    void aFailedBatchIsHandedOnAgainBeforeAnythingAfterIt() throws Exception {
        AtomicInteger failuresLeft = new AtomicInteger(2);
        List<Integer> delivered = new CopyOnWriteArrayList<>();
        try (OrderedLanes<Item> lanes = new OrderedLanes<>(1, 100, 1, Item::key, batch -> {
            if (batch.get(0).n() == 1 && failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("broker away");
            }
            delivered.add(batch.get(0).n());
        }, Thread::new)) {
            for (int n = 0; n < 4; n++) {
                lanes.offer(new Item("L-1", n));
            }
            lanes.close(10_000);
        }
        assertEquals(List.of(0, 1, 2, 3), delivered);
    }

    @Test
    void aFullLaneSaysNo() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(1);
        try (OrderedLanes<Item> lanes = new OrderedLanes<>(1, 2, 1, Item::key, batch -> {
            busy.countDown();
            await(release);
        }, Thread::new)) {
            assertTrue(lanes.offer(new Item("L-1", 0)));
            assertTrue(busy.await(10, TimeUnit.SECONDS));
            assertTrue(lanes.offer(new Item("L-1", 1)));
            assertTrue(lanes.offer(new Item("L-1", 2)));
            assertFalse(lanes.offer(new Item("L-1", 3)), "the lane holds two items while its thread is busy");
            assertFalse(lanes.offer(new Item("L-1", 3), 50), "nor after waiting while it stays busy");
            assertEquals(2, lanes.backlog());
            release.countDown();
            assertTrue(lanes.offer(new Item("L-1", 3), 10_000), "a wait is rewarded once the lane drains");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
