package io.lockernet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * The reference receiver of callbacks, as an integrator would write one: a JDK HTTP server that verifies each message
 * with the Standard Webhooks library and the endpoint's secret, answers 204 when it takes it, 500 while it is told
 * to fail, only after a while when it is told to be slow, and nothing once closed (gone away); it remembers every message it got (verified or not) for the tests to look at.
 */
final class WebhookReceiver implements AutoCloseable {

    static final String ENDPOINTS = Demo.APP + "/core/api/partner/callbacks/endpoints";

    /**
     * One POST as it arrived: its webhook-id, whether its signature verified, and the payload (a form's fields, for an
     * endpoint with the form-post adapter), with the request's headers (lower-case names).
     */
    record Received(String webhookId, boolean verified, boolean taken, JsonObject payload,
                    Map<String, String> headers) {

        String type() {
            return payload.getString("type", "");
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile String secret;
    private volatile boolean failing;
    private volatile Duration slow = Duration.ZERO;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void secret(String secret) {
        this.secret = secret;
    }

    void failing(boolean failing) {
        this.failing = failing;
    }

    /**
     * Subscribes this receiver as an endpoint of the caller's retailer to the event types, and takes the secret the
     * answer shows once.
     */
    JsonObject subscribe(String token, String... events) {
        var list = Json.createArrayBuilder();
        for (String event : events) {
            list.add(event);
        }
        Http.Reply created = Http.postJson(ENDPOINTS, token, Json.createObjectBuilder().add("url", url())
                .add("events", list).build());
        assertEquals(201, created.status(), created.body());
        JsonObject endpoint = created.json();
        assertTrue(endpoint.getString("secret").startsWith("whsec_"), "the secret, once");
        secret(endpoint.getString("secret"));
        return endpoint;
    }

    /** The first message of this type taken about the order {@code reference}, if one came. */
    Optional<JsonObject> about(String type, String reference) {
        return taken(type).stream().map(Received::payload)
                .filter(p -> p.getJsonObject("data").getString("reference", "").equals(reference)).findFirst();
    }

    /** Answers only after this long (a slow endpoint). */
    void slow(Duration slow) {
        this.slow = slow;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> taken(String type) {
        return received.stream().filter(r -> r.taken() && r.type().equals(type)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean verified;
        try {
            new Webhook(secret).verify(body, HttpHeaders.of(exchange.getRequestHeaders(), (name, value) -> true));
            verified = true;
        } catch (WebhookVerificationException | RuntimeException e) {
            verified = false;
        }
        boolean taken = verified && !failing;
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                values.get(0)));
        String type = headers.getOrDefault("content-type", "");
        received.add(new Received(headers.get("webhook-id"), verified, taken,
                type.startsWith("application/x-www-form-urlencoded") ? form(body)
                        : Json.createReader(new StringReader(body)).readObject(), headers));
        try {
            Thread.sleep(slow.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.sendResponseHeaders(taken ? 204 : verified ? 500 : 400, -1);
        exchange.close();
    }

    private static JsonObject form(String body) {
        var fields = Json.createObjectBuilder();
        for (String pair : body.split("&")) {
            String[] nameValue = pair.split("=", 2);
            fields.add(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                    nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
        }
        return fields.build();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
