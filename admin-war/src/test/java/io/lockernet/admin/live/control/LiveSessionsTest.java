package io.lockernet.admin.live.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveSessionsTest {

    private static final Instant LATER = Instant.now().plusSeconds(3600);

    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final LiveSessions sessions = new LiveSessions();

    @BeforeEach
    void scheduler() {
        sessions.scheduler = (ManagedScheduledExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class}, (proxy, method, args) -> {
                    try {
                        return method.invoke(timers, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @AfterEach
    void stop() {
        timers.shutdownNow();
    }

    @Test
    void eachOperatorHearsOnlyOfTheLockersTheyMayRead() {
        Channel admin = join(new Reach(true, Set.of(), true, true, true, true), "http-a");
        Channel north = join(new Reach(false, Set.of("L-north"), true, false, true, true), "http-b");
        Channel installer = join(new Reach(false, Set.of("L-north"), false, false, false, false), "http-c");

        sessions.push(LiveNews.link("L-north", false));
        sessions.push(LiveNews.link("L-south", false));
        sessions.push(LiveNews.compartment("L-south", "A1", "OCCUPIED"));
        sessions.push(LiveNews.alarm("L-north", null, "DOOR_FORCED", 7L));
        sessions.push(LiveNews.alarm(null, null, "REFUSED_REQUEST", 8L));
        sessions.push(LiveNews.ticket("L-north", 3L));
        sessions.push(LiveNews.impulse("L-north", "A1", "DONE"));

        assertEquals(7, admin.texts.size(), "the whole fleet and every alarm: " + admin.texts);
        assertEquals(List.of(LiveNews.link("L-north", false).json(),
                LiveNews.alarm("L-north", null, "DOOR_FORCED", 7L).json(), LiveNews.ticket("L-north", 3L).json(),
                LiveNews.impulse("L-north", "A1", "DONE").json()), north.texts);
        assertEquals(List.of(LiveNews.link("L-north", false).json()), installer.texts,
                "an installer sees the link, not tickets or impulses");
    }

    @Test
    void aChannelThatClosedMeanwhileIsDroppedAndHearsNothing() {
        Channel gone = join(new Reach(true, Set.of(), true, true, true, true), "http-a");
        gone.open = false;

        sessions.push(LiveNews.link("L-1", true));

        assertTrue(gone.texts.isEmpty());
        assertEquals(0, sessions.listening());
    }

    @Test
    void signingOutClosesEveryChannelOfThatSessionWith1008AndNoOther() {
        Channel firstTab = join(new Reach(true, Set.of(), true, true, true, true), "http-a");
        Channel secondTab = join(new Reach(true, Set.of(), true, true, true, true), "http-a");
        Channel someoneElse = join(new Reach(true, Set.of(), true, true, true, true), "http-b");

        sessions.httpSessionEnded("http-a");

        assertEquals(1008, firstTab.closed.getNow(null).getCloseCode().getCode());
        assertEquals(1008, secondTab.closed.getNow(null).getCloseCode().getCode());
        assertTrue(!someoneElse.closed.isDone());
        sessions.push(LiveNews.link("L-1", true));
        assertTrue(firstTab.texts.isEmpty() && secondTab.texts.isEmpty());
        assertEquals(1, someoneElse.texts.size());
    }

    @Test
    void aChannelWhoseTokenExpiredIsClosedWith4401() throws Exception {
        Channel expired = join(new Reach(true, Set.of(), true, true, true, true), Instant.now().minusSeconds(10), "http-a");

        CloseReason reason = expired.closed.get(15, TimeUnit.SECONDS);

        assertEquals(LiveSessions.TOKEN_EXPIRED, reason.getCloseCode().getCode());
        // the channel is closed from the expiry timer's thread, and leaves the sessions right after; polled, not spun
        // on (a spinning test thread on a loaded two-core machine kept that timer thread from running)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (sessions.listening() != 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, sessions.listening());
    }

    private Channel join(Reach reach, String httpSession) {
        return join(reach, LATER, httpSession);
    }

    private Channel join(Reach reach, Instant expiresAt, String httpSession) {
        Channel channel = new Channel();
        sessions.joined(channel.session, reach, expiresAt, httpSession);
        return channel;
    }

    /** A WebSocket session that records what it is sent and how it is closed. */
    private static final class Channel {
        final List<String> texts = new CopyOnWriteArrayList<>();
        final CompletableFuture<CloseReason> closed = new CompletableFuture<>();
        volatile boolean open = true;
        final Session session;

        Channel() {
            RemoteEndpoint.Async remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                        if (method.getName().equals("sendText") && args.length == 2) {
                            texts.add((String) args[0]);
                            ((SendHandler) args[1]).onResult(new SendResult());
                            return null;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
            session = (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "isOpen" -> open && !closed.isDone();
                        case "getAsyncRemote" -> remote;
                        case "close" -> {
                            closed.complete((CloseReason) args[0]);
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> "channel@" + System.identityHashCode(proxy);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
