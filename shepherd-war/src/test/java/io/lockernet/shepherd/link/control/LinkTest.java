package io.lockernet.shepherd.link.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkTest {

    private static Session session() {
        Map<String, Object> properties = new HashMap<>();
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> method.getName().equals("getUserProperties") ? properties : null);
    }

    @Test
    void aPongGivesTheRoundTripOfItsPingOnce() {
        Link link = Link.of(session());
        String nonce = link.pinged(1_000);
        assertEquals(250, link.ponged(nonce, 1_250));
        assertEquals(-1, link.ponged(nonce, 1_300), "the same pong again is no new round trip");
        assertEquals(-1, link.ponged("not-ours", 1_300));
    }

    @Test
    void silenceIsCountedFromTheLastFrameHeard() {
        Link link = Link.of(session());
        link.heard(5_000);
        assertEquals(2_000, link.silentNanos(7_000));
    }

    @Test
    void theLinkStaysWithItsSession() {
        Session session = session();
        Link link = Link.of(session);
        assertEquals(link, Link.of(session));
    }

    @Test
    void roundTripPercentilesAreReportedOncePerNewPongs() {
        Link link = Link.of(session());
        assertTrue(link.roundTripsSinceReport().isEmpty(), "nothing measured, nothing to report");
        long now = 0;
        for (int ms = 1; ms <= 100; ms++) {
            String nonce = link.pinged(now);
            now += ms * 1_000_000L;
            link.ponged(nonce, now);
        }
        Link.RoundTrips trips = link.roundTripsSinceReport().orElseThrow();
        assertEquals(100, trips.samples());
        assertEquals(50.0, trips.p50Ms());
        assertEquals(99.0, trips.p99Ms());
        assertEquals(100.0, trips.maxMs());
        assertTrue(link.roundTripsSinceReport().isEmpty(), "no new pong since the last report");
    }

    @Test
    void onlyTheLatestRoundTripsCount() {
        Link link = Link.of(session());
        for (int i = 0; i < Link.KEPT_ROUND_TRIPS + 10; i++) {
            String nonce = link.pinged(0);
            link.ponged(nonce, i < 10 ? 900_000_000L : 1_000_000L);
        }
        Link.RoundTrips trips = link.roundTripsSinceReport().orElseThrow();
        assertEquals(Link.KEPT_ROUND_TRIPS, trips.samples());
        assertEquals(1.0, trips.maxMs(), "the ten slow early pings were overwritten");
    }
}
