package io.lockernet.partner.platform;

import io.lockernet.api.core.ImpulseView;
import io.lockernet.api.core.LockerView;
import io.lockernet.api.core.OpenRequest;
import io.lockernet.api.core.PartnerEvent;
import io.lockernet.api.core.ReservationView;
import io.lockernet.api.core.ReserveRequest;
import io.lockernet.api.delivery.CollectRequest;
import io.lockernet.api.delivery.ConsignRequest;
import io.lockernet.api.delivery.ConsignmentView;
import io.lockernet.api.oidc.ClientCredentials;
import io.lockernet.api.problem.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Calls the Core's partner area with this deployment's own client credentials. */
@ApplicationScoped
public class CoreClient {

    @Inject
    PartnerConfig config;

    private HttpClient http;
    private ClientCredentials credentials;
    private Jsonb json;

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        credentials = new ClientCredentials(config.realmUrl(), config.clientId(), config.secret());
        json = JsonbBuilder.create();
    }

    @PreDestroy
    void close() {
        try {
            json.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close JSON-B", e);
        }
    }

    public List<LockerView> lockers() {
        return List.of(json.fromJson(call(get("/partner/lockers"), 200), LockerView[].class));
    }

    /** Asks the Core to open; the impulse comes back SENT, or a {@link CoreProblemException} says why not. */
    public ImpulseView open(OpenRequest request) {
        return json.fromJson(call(postJson("/partner/impulses", request), 201), ImpulseView.class);
    }

    public ImpulseView impulse(String id) {
        return json.fromJson(call(get("/partner/impulses/" + URLEncoder.encode(id, StandardCharsets.UTF_8)), 200),
                ImpulseView.class);
    }

    /** The roller shutters this retailer raised at the locker and has not closed yet (their impulses). */
    public List<ImpulseView> raisedShutters(String locker) {
        return List.of(json.fromJson(call(get("/partner/impulses/raised-shutters?locker="
                + URLEncoder.encode(locker, StandardCharsets.UTF_8)), 200), ImpulseView[].class));
    }

    /** Lowers the shutter an impulse raised (202); the shutter's door-closed ends the impulse. */
    public ImpulseView closeShutter(String impulse) {
        HttpRequest post = builder("/partner/impulses/" + URLEncoder.encode(impulse, StandardCharsets.UTF_8)
                + "/close").POST(HttpRequest.BodyPublishers.noBody()).build();
        return json.fromJson(call(post, 202), ImpulseView.class);
    }

    /** Holds a compartment for a parcel; the answer carries the pickup code, shown this once. */
    public ReservationView reserve(ReserveRequest request) {
        return json.fromJson(call(postJson("/partner/reservations", request), 201), ReservationView.class);
    }

    public ReservationView reservation(String id) {
        return json.fromJson(call(get(reservationPath(id)), 200), ReservationView.class);
    }

    /** Gives up a hold on which nothing was put in yet. */
    public ReservationView cancelReservation(String id) {
        return json.fromJson(call(builder(reservationPath(id)).DELETE().build(), 200), ReservationView.class);
    }

    /**
     * Tells the Core of an event only this Partner knows of, for the retailer's callback endpoints; the Core records it
     * once (201), or knew it already (200).
     */
    public void tell(PartnerEvent event) {
        call(postJson("/partner/callbacks/events", event), 201, 200);
    }

    /** Hands a parcel to a carrier for one of these lockers; its route is planned in the Core. */
    public ConsignmentView consign(ConsignRequest request) {
        return json.fromJson(call(postJson("/partner/consignments", request), 201), ConsignmentView.class);
    }

    /**
     * Has a carrier collect the parcel a reservation holds in its compartment (a customer's return); asked again, the
     * Core answers the collection already under way.
     */
    public ConsignmentView collect(CollectRequest request) {
        return json.fromJson(call(postJson("/partner/consignments/collections", request), 201, 200),
                ConsignmentView.class);
    }

    public ConsignmentView consignment(String id) {
        return json.fromJson(call(get(consignmentPath(id)), 200), ConsignmentView.class);
    }

    /** A new pickup code for a consigned parcel the courier has put in (it replaces any code before it). */
    public ReservationView consignmentPickupCode(String id) {
        return json.fromJson(call(builder(consignmentPath(id) + "/pickup-code")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), 200), ReservationView.class);
    }

    private HttpRequest postJson(String path, Object body) {
        return builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.toJson(body))).build();
    }

    private static String consignmentPath(String id) {
        return "/partner/consignments/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    private static String reservationPath(String id) {
        return "/partner/reservations/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    private HttpRequest get(String path) {
        return builder(path).GET().build();
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(URI.create(config.coreUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + credentials.accessToken());
    }

    private String call(HttpRequest request, int... expected) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (Arrays.stream(expected).anyMatch(status -> status == response.statusCode())) {
                return response.body();
            }
            throw new CoreProblemException(problem(response));
        } catch (IOException e) {
            throw new CoreProblemException(Problem.of(502, "Core unreachable", "cannot reach the Core: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CoreProblemException(Problem.of(503, "Interrupted", "interrupted while calling the Core"));
        }
    }

    private Problem problem(HttpResponse<String> response) {
        boolean isProblem = response.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE);
        if (isProblem) {
            return json.fromJson(response.body(), Problem.class);
        }
        return Problem.of(502, "Core error", "the Core answered " + response.statusCode());
    }
}
