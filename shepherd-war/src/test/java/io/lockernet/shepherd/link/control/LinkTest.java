package io.lockernet.shepherd.link.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
