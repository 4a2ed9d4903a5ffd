package io.lockernet.wildfly;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import org.junit.jupiter.api.Test;

class HttpsOnlyTest {

    @Test
    void onlyAHostWithANameGetsHsts() {
        assertTrue(HttpsOnly.isLocal("localhost"));
        assertTrue(HttpsOnly.isLocal("LOCALHOST"));
        assertTrue(HttpsOnly.isLocal("shop.localhost"));
        assertTrue(HttpsOnly.isLocal("127.0.0.1"));
        assertTrue(HttpsOnly.isLocal("::1"));
        assertTrue(HttpsOnly.isLocal("[::1]"));
        assertTrue(HttpsOnly.isLocal(""));
        assertFalse(HttpsOnly.isLocal("lockers.example"));
        assertFalse(HttpsOnly.isLocal("localhost.example"));
    }

    @Test
    void onlyABrowsersPlainGetIsRedirected() {
        assertTrue(HttpsOnly.isBrowsing(exchange(Methods.GET)));
        assertTrue(HttpsOnly.isBrowsing(exchange(Methods.HEAD)));
        assertFalse(HttpsOnly.isBrowsing(exchange(Methods.POST)), "a form or an API call is refused");
        assertFalse(HttpsOnly.isBrowsing(exchange(Methods.GET, Headers.AUTHORIZATION, "Bearer x")),
                "a token sent in clear is refused, not carried along");
        assertFalse(HttpsOnly.isBrowsing(exchange(Methods.GET, Headers.UPGRADE, "websocket")),
                "a locker's WebSocket is refused");
        assertFalse(HttpsOnly.isBrowsing(exchange(Methods.GET, Headers.UPGRADE, "activemq-remoting")),
                "the broker is not reached over plain HTTP");
        assertTrue(HttpsOnly.isBrowsing(exchange(Methods.GET, Headers.UPGRADE, "h2c")),
                "an HTTP/2 offer, as Java's HTTP client sends with every plain request, is no other protocol");
    }

    private static HttpServerExchange exchange(HttpString method, Object... header) {
        HttpServerExchange exchange = new HttpServerExchange(null);
        exchange.setRequestMethod(method);
        for (int i = 0; i < header.length; i += 2) {
            exchange.getRequestHeaders().put((HttpString) header[i], (String) header[i + 1]);
        }
        return exchange;
    }
}
