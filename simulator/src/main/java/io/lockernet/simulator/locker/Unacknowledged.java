package io.lockernet.simulator.locker;

import io.lockernet.api.protocol.LockerMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Protocol v1.1: the events sent on a connection whose {@code welcome} promised acknowledgements, kept until an
 * {@code ack} names their {@code seq}. Those not acknowledged when the connection ends go back to the offline buffer,
 * ahead of what happened since, and are sent again after the next {@code welcome}.
 */
final class Unacknowledged {

    private final TreeMap<Long, LockerMessage> bySeq = new TreeMap<>();
    private final int capacity;
    private long lost;

    Unacknowledged(int capacity) {
        this.capacity = capacity;
    }

    /** Kept until acknowledged; bounded like the offline buffer: when full, the oldest gives way and counts as lost. */
    synchronized void sent(LockerMessage message) {
        bySeq.put(message.seq(), message);
        if (bySeq.size() > capacity) {
            bySeq.pollFirstEntry();
            lost++;
        }
    }

    synchronized void acknowledged(Collection<Long> seqs) {
        seqs.forEach(bySeq::remove);
    }

    /** Everything not acknowledged, oldest first, and forgets it (the caller keeps it for the next connection). */
    synchronized List<LockerMessage> takeAll() {
        List<LockerMessage> all = new ArrayList<>(bySeq.values());
        bySeq.clear();
        return all;
    }

    /** Those sent before {@code seq} (on an earlier connection), oldest first, forgotten here. */
    synchronized List<LockerMessage> takeBefore(long seq) {
        var before = bySeq.headMap(seq, false);
        List<LockerMessage> taken = new ArrayList<>(before.values());
        before.clear();
        return taken;
    }

    synchronized long lost() {
        return lost;
    }

    synchronized int size() {
        return bySeq.size();
    }
}
