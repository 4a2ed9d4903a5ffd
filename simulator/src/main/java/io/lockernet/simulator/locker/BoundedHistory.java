package io.lockernet.simulator.locker;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The most recent items, oldest dropped first: a locker simulated for hours must not keep every frame. */
final class BoundedHistory<T> {

    private final int capacity;
    private final Deque<T> items = new ArrayDeque<>();

    BoundedHistory(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(T item) {
        if (items.size() == capacity) {
            items.removeFirst();
        }
        items.addLast(item);
    }

    synchronized List<T> snapshot() {
        return List.copyOf(items);
    }
}
