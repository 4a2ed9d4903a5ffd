package io.lockernet.it;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * The reference receiver of callbacks, as an integrator would write one: a JDK HTTP server that verifies each message
 * with the Standard Webhooks library and the endpoint's secret, answers 204 when it takes it and 500 while it is told
 * to fail, and remembers every message it got (verified or not) for the tests to look at.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One POST as it arrived: its webhook-id, whether its signature verified, and the payload. */
    record Received(String webhookId, boolean verified, boolean taken, JsonObject payload) {

        String type() {
            return payload.getString("type");
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile String secret;
    private volatile boolean failing;

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
        received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"), verified, taken,
                Json.createReader(new StringReader(body)).readObject()));
        exchange.sendResponseHeaders(taken ? 204 : verified ? 500 : 400, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
