package io.lockernet.admin.platform;

import io.lockernet.api.core.AlarmView;
import io.lockernet.api.core.CompartmentView;
import io.lockernet.api.core.FleetLockerView;
import io.lockernet.api.core.LayoutCheck;
import io.lockernet.api.core.LayoutView;
import io.lockernet.api.core.LockerCredentials;
import io.lockernet.api.core.LockerRegistration;
import io.lockernet.api.core.PlatformView;
import io.lockernet.api.core.ShepherdView;
import io.lockernet.api.layout.LockerLayout;
import io.lockernet.api.problem.Problem;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringReader;
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
import java.util.Optional;
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

    /** Every carrier's day (GET /operator/deliveries), as the Core's JSON: the map's script reads it as it is. */
    public String deliveries() {
        return call(send("GET", "deliveries", null), 200);
    }

    public List<FleetLockerView> lockers() {
        return List.of(json.fromJson(call(get("lockers"), 200), FleetLockerView[].class));
    }

    public List<AlarmView> alarms() {
        return List.of(json.fromJson(call(get("alarms"), 200), AlarmView[].class));
    }

    /** The latest resolved alarms, newest first. */
    public List<AlarmView> resolvedAlarms() {
        return List.of(json.fromJson(call(get("alarms?state=resolved"), 200), AlarmView[].class));
    }

    /** One alarm with its history. */
    public AlarmView alarm(long id) {
        return json.fromJson(call(get("alarms/" + id), 200), AlarmView.class);
    }

    public AlarmView resolveAlarm(long id, String resolution) {
        return json.fromJson(call(send("POST", "alarms/" + id + "/resolution",
                json.toJson(Map.of("resolution", resolution))), 200), AlarmView.class);
    }

    public AlarmView acknowledgeAlarm(long id) {
        return json.fromJson(call(send("POST", "alarms/" + id + "/acknowledgement", null), 200), AlarmView.class);
    }

    public AlarmView assignAlarm(long id, String assignee) {
        return json.fromJson(call(send("PUT", "alarms/" + id + "/assignee", json.toJson(Map.of("assignee",
                assignee))), 200), AlarmView.class);
    }

    public AlarmView commentOnAlarm(long id, String text) {
        return json.fromJson(call(send("POST", "alarms/" + id + "/comments", json.toJson(Map.of("text", text))),
                200), AlarmView.class);
    }

    /** Suspends the alarm's locker in Keycloak and closes its link. */
    public AlarmView isolateAlarmLocker(long id) {
        return json.fromJson(call(send("POST", "alarms/" + id + "/isolation", null), 200), AlarmView.class);
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

    /** The compartments the Core has for the locker, as the locker last reported or a layout set them. */
    public List<CompartmentView> compartments(String locker) {
        return List.of(json.fromJson(call(get("lockers/" + encode(locker) + "/compartments"), 200),
                CompartmentView[].class));
    }

    /** One locker of the fleet. */
    public FleetLockerView locker(String id) {
        return json.fromJson(call(get("lockers/" + encode(id)), 200), FleetLockerView.class);
    }

    /** What is wrong with the layout for this locker, and where its compartments would stand; nothing is saved. */
    public LayoutCheck checkLayout(String locker, LockerLayout layout) {
        return json.fromJson(call(send("POST", "lockers/" + encode(locker) + "/layouts/check", json.toJson(layout)),
                200), LayoutCheck.class);
    }

    /**
     * Saves the layout as the locker's next version, which the Core sends to it.
     *
     * @throws CoreRefusal with the broken rules as its {@link CoreRefusal#problems()} when the layout breaks any (422)
     */
    public LayoutView saveLayout(String locker, LockerLayout layout) {
        return json.fromJson(call(send("POST", "lockers/" + encode(locker) + "/layouts", json.toJson(layout)), 201),
                LayoutView.class);
    }

    /**
     * The locker's newest layout version and its state; empty when it has none yet (or there is no such locker: the
     * Core answers both with 404, and {@link #locker(String)} tells them apart).
     */
    public Optional<LayoutView> currentLayout(String locker) {
        HttpResponse<String> answer = answer(get("lockers/" + encode(locker) + "/layouts/current"), 200, 404);
        return answer.statusCode() == 404 ? Optional.empty()
                : Optional.of(json.fromJson(answer.body(), LayoutView.class));
    }

    public PlatformView platform() {
        return json.fromJson(call(get("platform"), 200), PlatformView.class);
    }

    public List<Action> audit(int limit) {
        return List.of(json.fromJson(call(get("audit?limit=" + limit), 200), Action[].class));
    }

    /** Any request of the operator API (its path's parts encoded by the caller, a body for JSON-B or null). */
    public <T> T exchange(String method, String path, Object body, Class<T> answer, int... expected) {
        String text = call(send(method, path, body == null ? null : json.toJson(body)), expected);
        return answer == Void.class || text.isBlank() ? null : json.fromJson(text, answer);
    }

    /** Any document of the operator API, read as {@code type}; the caller encodes the parts of {@code path}. */
    public <T> T read(String path, Class<T> type) {
        return json.fromJson(call(get(path), 200), type);
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
            throw problem ? refusal(response.statusCode(), response.body())
                    : new CoreRefusal(response.statusCode(), "The Core answered " + response.statusCode() + ".");
        } catch (IOException e) {
            throw new CoreRefusal(0, "The Core cannot be reached now; try again in a moment.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CoreRefusal(0, "Interrupted while asking the Core.");
        }
    }

    /** A problem document's detail and, when the Core listed them (a layout's broken rules), its {@code problems}. */
    static CoreRefusal refusal(int status, String body) {
        try (var reader = JsonProvider.provider().createReader(new StringReader(body))) {
            JsonObject problem = reader.readObject();
            JsonValue listed = problem.get("problems");
            List<String> problems = listed instanceof JsonArray array
                    ? array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList() : List.of();
            return new CoreRefusal(status, problem.getString("detail", "The Core answered " + status + "."), problems);
        } catch (JsonException | ClassCastException e) {
            return new CoreRefusal(status, "The Core answered " + status + ".");
        }
    }

    /** One part of a path of the operator API, encoded (a space as %20, not +). */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
