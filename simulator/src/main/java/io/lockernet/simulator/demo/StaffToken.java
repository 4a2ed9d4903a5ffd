package io.lockernet.simulator.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The access token of a retailer's manager, as the staff app's own client gets it (password grant). Keycloak has
 * disabled a demo user that signed in many times a second (docs/deployer.md, known issues), so the token is kept until
 * shortly before it expires, renewed with the refresh token while the session lasts, and after a refused sign-in the
 * next one waits a minute.
 */
final class StaffToken {

    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);
    static final Duration AFTER_FAILURE = Duration.ofMinutes(1);

    /** Keycloak's token endpoint: the form of a grant in, the token response out; a refusal is an exception. */
    @FunctionalInterface
    interface Endpoint {
        JsonObject grant(Map<String, String> form);
    }

    private final Endpoint endpoint;
    private final String clientId;
    private final Supplier<String> clientSecret;
    private final String username;
    private final Supplier<String> password;
    private final Clock clock;
    private Grant current;
    private Instant noSignInBefore = Instant.MIN;
    private String lastFailure;

    StaffToken(Endpoint endpoint, String clientId, Supplier<String> clientSecret, String username,
               Supplier<String> password, Clock clock) {
        this.endpoint = endpoint;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.username = username;
        this.password = password;
        this.clock = clock;
    }

    /** A valid access token: the kept one, a refreshed one, or one of a new sign-in. */
    synchronized String bearer() {
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.accessRenewAt())) {
            return current.access();
        }
        if (current != null && current.refresh() != null && now.isBefore(current.refreshRenewAt())) {
            try {
                current = Grant.of(endpoint.grant(form("refresh_token", "refresh_token", current.refresh())), now);
                return current.access();
            } catch (StaffApiException e) {
                current = null; // the session ended (Keycloak restarted, idle too long): sign in again
            }
        }
        if (now.isBefore(noSignInBefore)) {
            throw new StaffApiException("signing in as " + username + " failed a moment ago (" + lastFailure
                    + "); not again before " + noSignInBefore, 401);
        }
        try {
            current = Grant.of(endpoint.grant(form("password", "username", username, "password", password.get())), now);
            return current.access();
        } catch (RuntimeException e) {
            noSignInBefore = now.plus(AFTER_FAILURE);
            lastFailure = e.getMessage();
            throw e;
        }
    }

    /** The API refused the token (401): the next call gets a fresh one. */
    synchronized void forget() {
        current = null;
    }

    private Map<String, String> form(String grantType, String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", grantType);
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret.get());
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    /** The token endpoint of a Keycloak realm such as {@code https://localhost:8180/realms/lockernet}. */
    static Endpoint keycloak(HttpClient http, String realmUrl) {
        URI uri = URI.create(realmUrl.replaceAll("/+$", "") + "/protocol/openid-connect/token");
        return form -> {
            String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new StaffApiException("Keycloak refused the " + form.get("grant_type") + " grant of "
                            + form.get("client_id") + ": HTTP " + response.statusCode() + " " + response.body(),
                            response.statusCode());
                }
                return Json.createReader(new StringReader(response.body())).readObject();
            } catch (IOException e) {
                throw new StaffApiException("cannot reach Keycloak at " + uri + ": " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StaffApiException("interrupted while signing in at " + uri, e);
            }
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A token response: the access token and, while the session lasts, the refresh token, each with its renewal. */
    record Grant(String access, Instant accessRenewAt, String refresh, Instant refreshRenewAt) {

        static Grant of(JsonObject json, Instant now) {
            Instant accessExpires = now.plusSeconds(json.getJsonNumber("expires_in").longValue());
            long refreshSeconds = json.containsKey("refresh_expires_in")
                    ? json.getJsonNumber("refresh_expires_in").longValue() : 0;
            String refresh = refreshSeconds > 0 ? json.getString("refresh_token", null) : null;
            return new Grant(json.getString("access_token"), accessExpires.minus(RENEW_BEFORE_EXPIRY), refresh,
                    now.plusSeconds(refreshSeconds).minus(RENEW_BEFORE_EXPIRY));
        }
    }
}
