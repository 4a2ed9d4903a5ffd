package io.lockernet.admin.platform;

import io.lockernet.api.core.AlarmView;
import io.lockernet.api.core.FleetLockerView;
import io.lockernet.api.core.LockerCredentials;
import io.lockernet.api.core.LockerRegistration;
import io.lockernet.api.problem.Problem;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * The Core's operator API ({@code /core/api/operator}), called as the signed-in operator: with the access token of
 * their session, never with an account of the panel's own. The Core answers each operator as the role matrix allows;
 * a refusal comes back as a {@link CoreRefusal} with the Core's words.
 */
@ApplicationScoped
public class OperatorApi {

    /** Who the caller is to the Core. */
    public record Self(String username, List<String> roles, List<String> regions, List<Allowed> operations) {
    }

    public record Allowed(String operation, String reach) {
    }

    /** A review item of the off-peak reconciliation. */
    public record ReviewItem(long id, String kind, String locker, String compartment, String subject, String detail,
                             Instant foundAt, boolean open, String resolution, String resolvedBy) {
    }

    /** The reports tier's figures for a locker. */
    public record Report(String locker, int available, int reserved, int occupied, int opens24h, int failed24h,
                         int outages24h, int openAlarms, List<String> attention) {
    }

    /** A line of the audit log. */
    public record Action(Instant at, String actor, String operation, String method, String target, int status) {
    }

    /** The platform's state (GET /operator/platform). */
    public record Platform(Instant checkedAt, List<Deployment> deployments, List<QueueState> queues,
                           Reachable keycloak, Database database, Jvm jvm) {
    }

    public record Deployment(String name, String status) {
    }

    public record QueueState(String name, Long messages, Integer consumers, Long delivering) {
    }

    public record Reachable(boolean reachable, long millis, String problem) {
    }

    public record Database(boolean reachable, long millis, Integer inUse, Integer available, String problem) {
    }

    public record Jvm(long heapUsedMb, long heapMaxMb, double processCpuLoad, int processors, long uptimeSeconds) {
    }

    public record ShepherdView(String id, String description, int connected, int primaryFor, int fallbackFor) {
    }

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "lockernet.core.url", defaultValue = "https://localhost:8443/core/api")
    String coreUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Jsonb json = JsonbBuilder.create();

    @PreDestroy
    void close() {
        try {
            json.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close JSON-B", e);
        }
    }

    public Self me() {
        return json.fromJson(call(get("me"), 200), Self.class);
    }

    public List<FleetLockerView> lockers() {
        return List.of(json.fromJson(call(get("lockers"), 200), FleetLockerView[].class));
    }

    public List<AlarmView> alarms() {
        return List.of(json.fromJson(call(get("alarms"), 200), AlarmView[].class));
    }

    public AlarmView resolveAlarm(long id, String resolution) {
        return json.fromJson(call(send("POST", "alarms/" + id + "/resolution",
                json.toJson(Map.of("resolution", resolution))), 200), AlarmView.class);
    }

    public List<Report> reports() {
        return List.of(json.fromJson(call(get("reports/lockers"), 200), Report[].class));
    }

    public List<ShepherdView> shepherds() {
        return List.of(json.fromJson(call(get("shepherds"), 200), ShepherdView[].class));
    }

    public List<ReviewItem> openReviewItems() {
        return List.of(json.fromJson(call(get("review-items?open=true"), 200), ReviewItem[].class));
    }

    public void resolveReviewItem(long id, String resolution) {
        call(send("POST", "review-items/" + id + "/resolution", json.toJson(Map.of("resolution", resolution))), 200);
    }

    public void reconcile() {
        call(send("POST", "reconciliations", null), 202);
    }

    /** Enters the locker (or changes it); true when it is new. */
    public boolean enter(String id, LockerRegistration locker) {
        return answer(send("PUT", "lockers/" + encode(id), json.toJson(locker)), 200, 201).statusCode() == 201;
    }

    /** The locker's Keycloak account, with its secret this once. */
    public LockerCredentials credentials(String id) {
        return json.fromJson(call(send("POST", "lockers/" + encode(id) + "/credentials", null), 200, 201),
                LockerCredentials.class);
    }

    public Platform platform() {
        return json.fromJson(call(get("platform"), 200), Platform.class);
    }

    public List<Action> audit(int limit) {
        return List.of(json.fromJson(call(get("audit?limit=" + limit), 200), Action[].class));
    }

    private HttpRequest get(String path) {
        return builder(path).GET().build();
    }

    private HttpRequest send(String method, String path, String body) {
        return builder(path).header("Content-Type", "application/json").method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(URI.create(coreUrl + "/operator/" + path)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token());
    }

    /** The signed-in operator's access token, from the session the container verified. */
    private String token() {
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            return oidc.getOidcSecurityContext().getTokenString();
        }
        throw new CoreRefusal(401, "You are not signed in.");
    }

    private String call(HttpRequest request, int... expected) {
        return answer(request, expected).body();
    }

    private HttpResponse<String> answer(HttpRequest request, int... expected) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (Arrays.stream(expected).anyMatch(status -> status == response.statusCode())) {
                return response;
            }
            boolean problem = response.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE);
            throw new CoreRefusal(response.statusCode(), problem ? json.fromJson(response.body(), Problem.class)
                    .detail() : "The Core answered " + response.statusCode() + ".");
        } catch (IOException e) {
            throw new CoreRefusal(0, "The Core cannot be reached now; try again in a moment.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CoreRefusal(0, "Interrupted while asking the Core.");
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
