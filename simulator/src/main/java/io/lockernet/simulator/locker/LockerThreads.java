package io.lockernet.simulator.locker;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads and an HTTP client that many simulated lockers share, so that thousands of lockers need a handful of
 * threads instead of a few each: timers for door closes, replays, floods and reconnects; a small pool for the work
 * that waits on the network (tokens from Keycloak), which also bounds how many token requests are in flight; and
 * a few {@link HttpClient}s, handed out in turn, for the WebSockets and token requests: each has one selector thread
 * doing all its sockets' I/O, which a single client could not keep up with for thousands of lockers (they missed
 * their pings and were cut off). Closing it stops the timers of every locker that uses it.
 */
public final class LockerThreads implements AutoCloseable {

    private final ScheduledExecutorService timers;
    private final ExecutorService network;
    /** Runs the client's callbacks (frames received, sends done); its default pool grows with every burst. */
    private final ExecutorService callbacks;
    private final HttpClient[] clients;
    private final AtomicInteger nextClient = new AtomicInteger();

    /** Timers and callbacks get {@code shortWorkThreads} each; token requests {@code networkThreads}; one client. */
    public LockerThreads(int shortWorkThreads, int networkThreads) {
        this(shortWorkThreads, networkThreads, 1);
    }

    /** As above, with {@code httpClients} clients (selector threads) for the lockers to share. */
    public LockerThreads(int shortWorkThreads, int networkThreads, int httpClients) {
        this.timers = Executors.newScheduledThreadPool(shortWorkThreads, daemons("locker-timer-"));
        this.network = Executors.newFixedThreadPool(networkThreads, daemons("locker-network-"));
        this.callbacks = Executors.newFixedThreadPool(shortWorkThreads, daemons("locker-http-"));
        this.clients = new HttpClient[Math.max(1, httpClients)];
        for (int i = 0; i < clients.length; i++) {
            clients[i] = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(callbacks).build();
        }
    }

    /** The next of the shared clients, in turn: a locker keeps the one it got. */
    public HttpClient http() {
        return clients[Math.floorMod(nextClient.getAndIncrement(), clients.length)];
    }

    ScheduledExecutorService timers() {
        return timers;
    }

    ExecutorService network() {
        return network;
    }

    @Override
    public void close() {
        timers.shutdownNow();
        network.shutdownNow();
        callbacks.shutdownNow();
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
