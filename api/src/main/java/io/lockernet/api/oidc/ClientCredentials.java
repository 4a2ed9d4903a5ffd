package io.lockernet.api.oidc;

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
import jakarta.json.spi.JsonProvider;

/**
 * Gets and caches an access token for one confidential client. A token is reused until shortly before it
 * expires; thread-safe.
 */
public class ClientCredentials {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);

    private final URI tokenEndpoint;
    private final String clientId;
    private final String secret;
    private final HttpClient http;
    private final Clock clock;
    private Token current;

    public ClientCredentials(String realmUrl, String clientId, String secret) {
        this(realmUrl, clientId, secret, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                Clock.systemUTC());
    }

    public ClientCredentials(String realmUrl, String clientId, String secret, HttpClient http, Clock clock) {
        this.tokenEndpoint = URI.create(realmUrl + "/protocol/openid-connect/token");
        this.clientId = clientId;
        this.secret = secret;
        this.http = http;
        this.clock = clock;
    }

    public String clientId() {
        return clientId;
    }

    /** A valid access token, fetched anew when the cached one is close to expiry. */
    public synchronized String accessToken() {
        if (current == null || clock.instant().isAfter(current.renewAt())) {
            current = fetch();
        }
        return current.value();
    }

    /** Fetches a fresh token now, whatever the cache holds; for re-authentication before expiry. */
    public synchronized Token renew() {
        current = fetch();
        return current;
    }

    private Token fetch() {
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(secret);
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new TokenException("Keycloak refused client '" + clientId + "': HTTP "
                        + response.statusCode() + " " + response.body());
            }
            JsonObject json = JSON.createReader(new StringReader(response.body())).readObject();
            Instant expiresAt = clock.instant().plusSeconds(json.getJsonNumber("expires_in").longValue());
            return new Token(json.getString("access_token"), expiresAt, expiresAt.minus(RENEW_BEFORE_EXPIRY));
        } catch (IOException e) {
            throw new TokenException("cannot reach Keycloak at " + tokenEndpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenException("interrupted while getting a token for " + clientId, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An access token with its expiry and the moment it should be renewed. */
    public record Token(String value, Instant expiresAt, Instant renewAt) {
    }
}
