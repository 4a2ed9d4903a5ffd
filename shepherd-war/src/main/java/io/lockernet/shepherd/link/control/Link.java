package io.lockernet.shepherd.link.control;

import jakarta.websocket.Session;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this Shepherd has measured of one locker's link: when it last heard anything from it, and the pings still
 * waiting for their pong. Kept with the WebSocket session.
 */
public final class Link {

    private static final String KEY = "lockernet.link";
    /** Pings older than this are forgotten (their pongs count as heard, not as round trips). */
    private static final int MAX_PENDING = 8;

    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    private volatile long lastHeardNanos;

    private Link(long now) {
        this.lastHeardNanos = now;
    }

    public static Link of(Session session) {
        return (Link) session.getUserProperties().computeIfAbsent(KEY, k -> new Link(System.nanoTime()));
    }

    public void heard(long nowNanos) {
        lastHeardNanos = nowNanos;
    }

    public long silentNanos(long nowNanos) {
        return nowNanos - lastHeardNanos;
    }

    /** Remembers a ping sent now; returns its nonce. */
    public String pinged(long nowNanos) {
        if (pending.size() >= MAX_PENDING) {
            pending.clear();
        }
        String nonce = Long.toString(nowNanos, 36);
        pending.put(nonce, nowNanos);
        return nonce;
    }

    /** The round trip of the ping this pong answers, in nanoseconds; -1 for a pong to no ping of ours. */
    public long ponged(String nonce, long nowNanos) {
        Long sent = nonce == null ? null : pending.remove(nonce);
        return sent == null ? -1 : nowNanos - sent;
    }
}
