package io.lockernet.simulator.locker;

import io.lockernet.api.protocol.CommandAck;
import io.lockernet.api.protocol.ConfigureAck;
import io.lockernet.api.protocol.DoorEvent;
import io.lockernet.api.protocol.LockEvent;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.SensorEvent;
import io.lockernet.api.protocol.Vitals;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What a locker keeps while it has no link: the events the Core must learn about (lock, door, sensor, vitals,
 * command and configure acknowledgements), oldest first, to be replayed after the next {@code welcome}. Pings, pongs, hello and
 * re-authentication are about the link itself and mean nothing later, so they are not kept. Bounded like a real
 * locker's flash: when full, the oldest event gives way and is counted as lost.
 */
final class OfflineBuffer {

    static final int DEFAULT_CAPACITY = 10_000;

    private final int capacity;
    private final Deque<LockerMessage> events = new ArrayDeque<>();
    private long lost;

    OfflineBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    static boolean worthKeeping(LockerMessage message) {
        return message instanceof LockEvent || message instanceof DoorEvent || message instanceof SensorEvent
                || message instanceof Vitals || message instanceof CommandAck || message instanceof ConfigureAck;
    }

    /** Keeps the message if it is worth keeping; false if it was not kept. */
    synchronized boolean keep(LockerMessage message) {
        if (!worthKeeping(message)) {
            return false;
        }
        if (events.size() == capacity) {
            events.removeFirst();
            lost++;
        }
        events.addLast(message);
        return true;
    }

    /** Takes up to {@code max} of the oldest events out of the buffer. */
    synchronized List<LockerMessage> take(int max) {
        List<LockerMessage> taken = new ArrayList<>(Math.min(max, events.size()));
        while (taken.size() < max && !events.isEmpty()) {
            taken.add(events.removeFirst());
        }
        return taken;
    }

    /** Puts events taken but not sent back, in {@code seq} order with those waiting. */
    synchronized void putBack(List<LockerMessage> unsent) {
        restore(unsent);
    }

    /**
     * Takes back events sent on a connection that ended before they were acknowledged (or taken for a replay and not
     * sent): kept with those waiting, all in {@code seq} order; if they do not all fit, the oldest give way and are
     * counted as lost.
     */
    synchronized void restore(List<LockerMessage> unacknowledged) {
        if (unacknowledged.isEmpty()) {
            return;
        }
        List<LockerMessage> all = new ArrayList<>(events);
        all.addAll(unacknowledged);
        all.sort(java.util.Comparator.comparingLong(LockerMessage::seq));
        events.clear();
        int skip = Math.max(0, all.size() - capacity);
        lost += skip;
        events.addAll(all.subList(skip, all.size()));
    }

    synchronized int size() {
        return events.size();
    }

    synchronized long lost() {
        return lost;
    }
}
