package io.lockernet.shepherd.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.lockernet.api.core.CodeEntryView;
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
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import jakarta.json.spi.JsonProvider;

/** Calls the Core's Shepherd area with this instance's own client credentials. */
@ApplicationScoped
public class CoreClient {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    ShepherdConfig config;

    /**
     * Calls to the Core at once, at most: each needs a loopback connection (two sockets in one server when the Core
     * runs beside the Shepherd), and a burst of thousands of lockers connecting must not open thousands of them
     * next to the lockers' own sockets. Well below the server's worker threads, which also serve the Core's side of
     * these calls and every locker's frames.
     */
    static final int MAX_IN_FLIGHT = 8;
    /**
     * How long a caller waits for its turn before the Core counts as busy (a locker is then asked to come back later,
     * 4503). Short on purpose: callers are the server's worker threads, and the Core's side of the calls in flight
     * needs worker threads too. With a 10 s wait, 10,000 lockers connecting at 50 a second left every worker waiting
     * for a turn that could not come, because no worker was free to answer the calls in flight (docs/benchmarks.md).
     */
    private static final Duration MAX_WAIT = Duration.ofMillis(250);

    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT, true);
    private HttpClient http;

    @Inject
    ShepherdCredentials credentials;

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    }

    /**
     * The Shepherd instances the locker may connect to (its primary, then its fallback if it has one); empty when the
     * Core does not know the locker.
     */
    /**
     * The Shepherds a locker may connect to: empty when the Core does not know it (or it was decommissioned), an
     * empty list when an operator isolated it.
     */
    public Optional<List<String>> assignedShepherds(String locker) {
        URI uri = URI.create(config.coreUrl() + "/shepherd/lockers/"
                + URLEncoder.encode(locker, StandardCharsets.UTF_8) + "/assignment");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + token())
                .header("Accept", "application/json")
                .GET().build();
        try {
            HttpResponse<String> response = send(request);
            return switch (response.statusCode()) {
                case 200 -> Optional.of(shepherdsOf(JSON.createReader(new StringReader(response.body())).readObject()));
                case 404 -> Optional.empty();
                case 403 -> Optional.of(List.of()); // isolated by an operator: no Shepherd may admit it
                default -> throw new CoreUnavailableException("Core answered " + response.statusCode()
                        + " to " + uri + ": " + response.body());
            };
        } catch (IOException e) {
            throw new CoreUnavailableException("cannot reach the Core at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CoreUnavailableException("interrupted while asking the Core", e);
        }
    }

    /**
     * Tells the Core this instance exists and runs (idempotent; repeated as a heartbeat): lockers can be assigned to it
     * afterwards, and operators see it up.
     */
    public void register(String description) {
        URI uri = URI.create(config.coreUrl() + "/shepherd/instances/"
                + URLEncoder.encode(config.instance(), StandardCharsets.UTF_8));
        String body = JSON.createObjectBuilder().add("description", description)
                .add("build", io.lockernet.api.Build.description()).build().toString();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = send(request);
            if (response.statusCode() != 204) {
                throw new CoreUnavailableException("Core answered " + response.statusCode() + " to " + uri + ": "
                        + response.body());
            }
        } catch (IOException e) {
            throw new CoreUnavailableException("cannot reach the Core at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CoreUnavailableException("interrupted while registering with the Core", e);
        }
    }

    /** Asks the Core whether a code typed on the locker's keypad opens anything. */
    public CodeEntryView enterCode(String locker, String code) {
        URI uri = URI.create(config.coreUrl() + "/shepherd/lockers/"
                + URLEncoder.encode(locker, StandardCharsets.UTF_8) + "/code-entries");
        String body = JSON.createObjectBuilder().add("code", code).build().toString();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token())
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = send(request);
            if (response.statusCode() != 200) {
                throw new CoreUnavailableException("Core answered " + response.statusCode() + " to " + uri + ": "
                        + response.body());
            }
            JsonObject answer = JSON.createReader(new StringReader(response.body())).readObject();
            return new CodeEntryView(null, answer.getBoolean("accepted", false),
                    answer.getString("compartment", null), answer.getString("impulse", null),
                    answer.getString("reason", null));
        } catch (IOException e) {
            throw new CoreUnavailableException("cannot reach the Core at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CoreUnavailableException("interrupted while asking the Core", e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        if (!inFlight.tryAcquire(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new CoreUnavailableException("the Core is busy: " + MAX_IN_FLIGHT + " calls in flight for over "
                    + MAX_WAIT.toMillis() + " ms");
        }
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } finally {
            inFlight.release();
        }
    }

    private String token() {
        return credentials.token();
    }

    private static List<String> shepherdsOf(JsonObject assignment) {
        String fallback = assignment.getString("fallback", null);
        return fallback == null ? List.of(assignment.getString("shepherd"))
                : List.of(assignment.getString("shepherd"), fallback);
    }
}
