package io.lockernet.wildfly;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import java.nio.charset.StandardCharsets;

/**
 * Every application is served over HTTPS only (60-web.cli registers this handler on the whole host).
 * <ul>
 * <li>A request that came over plain HTTP is answered here and goes no further. A browser's {@code GET} or
 * {@code HEAD} (no credentials, no upgrade) is sent to the same address over HTTPS (302: temporary, so that a browser
 * does not remember it for whatever else runs on that port of a developer's machine later). Anything else (an API
 * call with a token, a form, a WebSocket) is refused with 403 and a problem that names the HTTPS address: redirecting
 * it would only send its body in clear a second time, and a client that sends credentials in clear should hear about
 * it rather than be carried along.</li>
 * <li>Every answer over HTTPS marks each cookie {@code Secure}, the applications' and the OpenID client's own state
 * cookies alike, and carries {@code Strict-Transport-Security} when the host is a name other than {@code localhost}.
 * Browsers ignore HSTS for an IP address (RFC 6797, 8.1); for {@code localhost} it would bind every port of a
 * developer's machine to HTTPS for a year.</li>
 * </ul>
 * The HTTPS port is that of WildFly's {@code https} socket binding: {@code jboss.https.port} (8443) plus
 * {@code jboss.socket.binding.port-offset}.
 */
public class HttpsOnly implements HttpHandler {

    static final HttpString STRICT_TRANSPORT_SECURITY = new HttpString("Strict-Transport-Security");
    static final String ONE_YEAR = "max-age=31536000";
    /** An IPv4 address; compiled once, as this runs for every request. */
    private static final java.util.regex.Pattern IPV4 = java.util.regex.Pattern.compile("[0-9.]+");

    private final HttpHandler next;
    private final int httpsPort;

    public HttpsOnly(HttpHandler next) {
        this.next = next;
        this.httpsPort = Integer.getInteger("jboss.https.port", 8443)
                + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (!exchange.isSecure()) {
            refuse(exchange);
            return;
        }
        boolean named = !isLocal(exchange.getHostName());
        exchange.addResponseCommitListener(committed -> {
            for (Cookie cookie : committed.responseCookies()) {
                cookie.setSecure(true);
            }
            if (named) {
                committed.getResponseHeaders().put(STRICT_TRANSPORT_SECURITY, ONE_YEAR);
            }
        });
        next.handleRequest(exchange);
    }

    private void refuse(HttpServerExchange exchange) {
        String secure = "https://" + hostForUrl(exchange.getHostName()) + ":" + httpsPort + exchange.getRequestURI()
                + (exchange.getQueryString().isEmpty() ? "" : "?" + exchange.getQueryString());
        if (isBrowsing(exchange)) {
            exchange.setStatusCode(StatusCodes.FOUND);
            exchange.getResponseHeaders().put(Headers.LOCATION, secure);
            exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, 0);
            exchange.endExchange();
            return;
        }
        String problem = "{\"type\":\"about:blank\",\"title\":\"HTTPS only\",\"status\":403,\"detail\":"
                + "\"This server answers over HTTPS only; send the request to " + jsonText(secure) + "\"}";
        byte[] body = problem.getBytes(StandardCharsets.UTF_8);
        exchange.setStatusCode(StatusCodes.FORBIDDEN);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json");
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, body.length);
        exchange.getResponseSender().send(java.nio.ByteBuffer.wrap(body));
    }

    /**
     * A browser following a link or a bookmark: {@code GET} or {@code HEAD}, with no credentials and no upgrade to
     * another protocol. An API
     * call with a token, or a locker's WebSocket, is refused instead (ASVS 4.1.2: only browser pages redirect), so
     * that the client that sent a token in clear learns of it rather than being carried along.
     */
    static boolean isBrowsing(HttpServerExchange exchange) {
        return (Methods.GET.equals(exchange.getRequestMethod()) || Methods.HEAD.equals(exchange.getRequestMethod()))
                && !exchange.getRequestHeaders().contains(Headers.AUTHORIZATION)
                && !isProtocolUpgrade(exchange.getRequestHeaders().getFirst(Headers.UPGRADE));
    }

    /** An upgrade to another protocol (a WebSocket, the broker's); not {@code h2c}, which HTTP clients offer freely. */
    private static boolean isProtocolUpgrade(String upgrade) {
        return upgrade != null && !upgrade.isBlank() && !upgrade.strip().equalsIgnoreCase("h2c");
    }

    /** {@code localhost}, or an address rather than a name: no HSTS. */
    static boolean isLocal(String host) {
        String h = host == null ? "" : host.toLowerCase(java.util.Locale.ROOT);
        return h.isEmpty() || h.equals("localhost") || h.endsWith(".localhost") || h.indexOf(':') >= 0
                || h.startsWith("[") || IPV4.matcher(h).matches();
    }

    private static String hostForUrl(String host) {
        if (host == null || host.isEmpty()) {
            return "localhost";
        }
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String jsonText(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
