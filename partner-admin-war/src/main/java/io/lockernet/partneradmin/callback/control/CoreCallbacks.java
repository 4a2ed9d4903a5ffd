package io.lockernet.partneradmin.callback.control;

import io.lockernet.api.oidc.ClientCredentials;
import io.lockernet.api.problem.Problem;
import io.lockernet.api.web.RetailerScopeFilter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Core's callback API ({@code /core/api/partner/callbacks}), called with the retailer's own client credentials
 * ({@code partner-<id>}, whose secret the server holds as {@code lockernet.secret.partner-<id>}). A refusal comes back
 * as a {@link CoreRefusal} with the Core's own words.
 */
@ApplicationScoped
public class CoreCallbacks {

    /** An endpoint as the Core shows it; {@code secret} only in the answer that made or rotated it. */
    public record Endpoint(String id, String url, List<String> events, String state, int failuresInRow,
                           Instant pausedAt, Instant createdAt, String secret, String adapter, String alertEmail) {
    }

    /** One delivery of an event to an endpoint, with its last attempt's outcome. */
    public record Delivery(long id, String webhookId, String type, String subject, Instant occurredAt, String state,
                           int attempts, Integer lastStatus, String lastOutcome, Instant nextAttemptAt,
                           Instant deliveredAt, String endpoint) {
    }

    /** How an endpoint has fared over the last hours. */
    public record Health(String endpoint, String state, int hours, long attempts, long acknowledged,
                         Double successRate, Integer latencyP50Ms, Integer latencyP95Ms, Integer latencyP99Ms,
                         long backlog, Instant oldestWaiting) {
    }

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "lockernet.oidc.url", defaultValue = "https://localhost:8180/realms/lockernet")
    String realmUrl;

    @Inject
    @ConfigProperty(name = "lockernet.core.url", defaultValue = "https://localhost:8443/core/api")
    String coreUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Jsonb json = JsonbBuilder.create();
    private volatile ClientCredentials credentials;

    /** The retailer is this deployment's ({@code /partner-admin-acme} serves acme), known when it starts. */
    void started(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        String client = "partner-" + RetailerScopeFilter.retailerOf(context.getContextPath());
        credentials = new ClientCredentials(realmUrl, client, config.getOptionalValue("lockernet.secret." + client,
                String.class).orElse(""));
    }

    @PreDestroy
    void close() {
        try {
            json.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close JSON-B", e);
        }
    }

    public List<Endpoint> endpoints() {
        return List.of(json.fromJson(call(get("/endpoints"), 200), Endpoint[].class));
    }

    /** A new endpoint; the answer carries its secret, this once. */
    public Endpoint subscribe(String url, List<String> events, String alertEmail) {
        JsonArrayBuilder types = Json.createArrayBuilder();
        events.forEach(types::add);
        JsonObjectBuilder body = Json.createObjectBuilder().add("url", url).add("events", types);
        if (alertEmail != null && !alertEmail.isBlank()) {
            body.add("alertEmail", alertEmail.strip());
        }
        return json.fromJson(call(post("/endpoints", body.build().toString()), 201), Endpoint.class);
    }

    public void remove(String id) {
        call(builder("/endpoints/" + encode(id)).DELETE().build(), 204);
    }

    /** A new secret, shown this once; the old one signs beside it for a day. */
    public Endpoint rotate(String id) {
        return json.fromJson(call(post("/endpoints/" + encode(id) + "/secret", null), 200), Endpoint.class);
    }

    public Endpoint pause(String id) {
        return json.fromJson(call(post("/endpoints/" + encode(id) + "/pause", null), 200), Endpoint.class);
    }

    public Endpoint resume(String id) {
        return json.fromJson(call(post("/endpoints/" + encode(id) + "/resume", null), 200), Endpoint.class);
    }

    public Delivery test(String id) {
        return json.fromJson(call(post("/endpoints/" + encode(id) + "/test", null), 200), Delivery.class);
    }

    /** Sends again one event ({@code webhookId}) or those of [from, to); how many. */
    public int replay(String id, String webhookId, Instant from, Instant to) {
        String query = webhookId != null ? "webhookId=" + encode(webhookId)
                : "from=" + encode(from.toString()) + (to == null ? "" : "&to=" + encode(to.toString()));
        Map<?, ?> answer = json.fromJson(call(post("/endpoints/" + encode(id) + "/replay?" + query, null), 200),
                Map.class);
        return ((Number) answer.get("replayed")).intValue();
    }

    /** The log, newest first: in a state and of a type (null: any). */
    public List<Delivery> deliveries(String id, String state, String type, int limit) {
        String query = "?limit=" + limit + (state == null ? "" : "&state=" + encode(state))
                + (type == null ? "" : "&type=" + encode(type));
        return List.of(json.fromJson(call(get("/endpoints/" + encode(id) + "/deliveries" + query), 200),
                Delivery[].class));
    }

    public Health health(String id) {
        return json.fromJson(call(get("/endpoints/" + encode(id) + "/health"), 200), Health.class);
    }

    /** Every delivery about one subject ({@code parcel:<reference>}), to any endpoint, oldest first. */
    public List<Delivery> about(String subject) {
        return List.of(json.fromJson(call(get("/deliveries?subject=" + encode(subject)), 200), Delivery[].class));
    }

    private HttpRequest get(String path) {
        return builder(path).GET().build();
    }

    private HttpRequest post(String path, String body) {
        return builder(path).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(URI.create(coreUrl + "/partner/callbacks" + path)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + credentials.accessToken());
    }

    private String call(HttpRequest request, int... expected) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (Arrays.stream(expected).anyMatch(status -> status == response.statusCode())) {
                return response.body();
            }
            boolean problem = response.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE);
            throw new CoreRefusal(problem ? json.fromJson(response.body(), Problem.class).detail()
                    : "the Core answered " + response.statusCode());
        } catch (IOException e) {
            throw new CoreRefusal("the Core cannot be reached now; try again in a moment");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CoreRefusal("interrupted while asking the Core");
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
