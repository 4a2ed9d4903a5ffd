package io.lockernet.courier.platform;

import io.lockernet.api.delivery.CourierOpenView;
import io.lockernet.api.delivery.CourierRouteView;
import io.lockernet.api.delivery.FailRequest;
import io.lockernet.api.delivery.PositionRequest;
import io.lockernet.api.delivery.ShiftRequest;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * The Core's courier area ({@code /core/api/courier}), called as the signed-in courier: with the access token of
 * their session, never with an account of the app's own. A refusal comes back as a {@link CoreRefusal} with the Core's
 * words.
 */
@ApplicationScoped
public class CourierApi {

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

    public CourierRouteView route() {
        return json.fromJson(call("GET", "route", null, 200), CourierRouteView.class);
    }

    /** The carrier's day (GET /courier/overview, dispatchers only), as the Core's JSON: the map reads it as it is. */
    public String overview() {
        return call("GET", "overview", null, 200);
    }

    public void startShift(ShiftRequest shift) {
        call("PUT", "shift", json.toJson(shift), 204);
    }

    /** Where the courier is now; the Core takes it on its positions tier (202). */
    public void position(double latitude, double longitude) {
        call("PUT", "position", json.toJson(new PositionRequest(latitude, longitude)), 202);
    }

    /** The courier is at this locker (its position, for the ETAs of the stops ahead); a 404 refusal when not a stop. */
    public void arrived(String locker) {
        call("POST", "lockers/" + URLEncoder.encode(locker, StandardCharsets.UTF_8) + "/arrived", null, 204);
    }

    /** Opens the compartment of the courier's next parcel at this locker; a 404 refusal when there is none. */
    public CourierOpenView openNext(String locker) {
        return json.fromJson(call("POST", "lockers/" + URLEncoder.encode(locker, StandardCharsets.UTF_8)
                + "/open-next", null, 200), CourierOpenView.class);
    }

    public void failed(String consignment, String reason) {
        call("POST", "consignments/" + URLEncoder.encode(consignment, StandardCharsets.UTF_8) + "/failed",
                json.toJson(new FailRequest(reason)), 200);
    }

    private String call(String method, String path, String body, int expected) {
        HttpRequest call = HttpRequest.newBuilder(URI.create(coreUrl + "/courier/" + path))
                .timeout(Duration.ofSeconds(10)).header("Accept", "application/json")
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(call, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == expected) {
                return response.body();
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

    /** The signed-in courier's access token, from the session the container verified. */
    private String token() {
        if (request.getUserPrincipal() instanceof OidcPrincipal<?> oidc && oidc.getOidcSecurityContext() != null) {
            return oidc.getOidcSecurityContext().getTokenString();
        }
        throw new CoreRefusal(401, "You are not signed in.");
    }
}
