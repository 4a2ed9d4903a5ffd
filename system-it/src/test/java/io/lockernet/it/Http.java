package io.lockernet.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** A plain HTTP client, as an integrator's system would use, with JSON bodies. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    record Reply(int status, String contentType, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonStructure structure() {
            return Json.createReader(new StringReader(body)).read();
        }
    }

    /** A user's access token through the given client (Keycloak's password grant: a login without a browser). */
    static String userToken(String clientId, String username) {
        return userToken(clientId, Demo.secretOf(clientId), username);
    }

    /** As {@link #userToken(String, String)}, for a client whose secret is not a demo secret. */
    static String userToken(String clientId, String clientSecret, String username) {
        return token(Map.of("grant_type", "password", "client_id", clientId, "client_secret", clientSecret,
                "username", username, "password", Demo.PASSWORD));
    }

    static String clientToken(String clientId) {
        return clientToken(clientId, Demo.secretOf(clientId));
    }

    /** As {@link #clientToken(String)}, for a client whose secret is not a demo secret. */
    static String clientToken(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private static String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Reply reply = send(HttpRequest.newBuilder(URI.create(Demo.REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (reply.status() != 200) {
            throw new IllegalStateException("no token: " + reply.status() + " " + reply.body());
        }
        return reply.json().getString("access_token");
    }

    static Reply get(String url, String token) {
        return send(authorized(url, token).GET());
    }

    static Reply post(String url, String token) {
        return send(authorized(url, token).POST(HttpRequest.BodyPublishers.noBody()));
    }

    static Reply postJson(String url, String token, JsonObject body) {
        return send(authorized(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A GET with the given Authorization header values, each as a header of its own, in this order. */
    static Reply getWithAuthorizations(String url, String... authorizations) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        for (String authorization : authorizations) {
            builder.header("Authorization", authorization);
        }
        return send(builder.GET());
    }

    /** A request with a raw body, answered within {@code timeout} or failing: for bodies meant to hang a server. */
    static Reply sendRaw(String method, String url, String token, String contentType, byte[] body, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Accept", "application/json").header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return send(builder);
    }

    /** A POST of a JSON text (any JSON value, e.g. an array). */
    static Reply postJsonText(String url, String token, String json) {
        return send(authorized(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply delete(String url, String token) {
        return send(authorized(url, token).DELETE());
    }

    static Reply putJson(String url, String token, JsonObject body) {
        return send(authorized(url, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    static CompletableFuture<Reply> postJsonAsync(String url, String token, JsonObject body) {
        HttpRequest request = authorized(url, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body()));
    }

    private static HttpRequest.Builder authorized(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
