package io.lockernet.simulator.demo;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
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
import java.util.stream.Stream;

/**
 * One retailer's staff API ({@code /partner-ID/api}, docs/integrator.md), the calls the demo makes as the retailer's
 * manager. Every call says {@code Accept: application/json}: without it the staff app takes the caller for a browser
 * and sends it to the login page. Answers the demo expects (a 409 for an order that exists) are results; any other
 * is a {@link StaffApiException}, with the Partner's reason when it gives one (its problem document's
 * {@code detail}). A refusal the demo meets in its normal course (a return it may not start, one already retrieved)
 * has status {@link #CONFLICT}, for the caller to tell apart.
 */
final class StaffApi {

    static final int CONFLICT = 409;

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);
    /** A deposit answers once the locker's door is seen open, which the Partner waits for up to its own deadline. */
    private static final Duration DEPOSIT_TIMEOUT = Duration.ofSeconds(45);

    private final HttpClient http;
    private final String retailer;
    private final URI base;
    private final StaffToken token;

    StaffApi(HttpClient http, URI partnerBase, String retailer, StaffToken token) {
        this.http = http;
        this.retailer = retailer;
        this.base = URI.create(partnerBase.toString().replaceAll("/+$", "") + "/partner-" + retailer + "/api/");
        this.token = token;
    }

    String retailer() {
        return retailer;
    }

    /** Enters or describes anew a product; true when it was new. */
    boolean putProduct(String sku, JsonObject product) {
        Reply reply = call("PUT", "products/" + encode(sku), product, CALL_TIMEOUT);
        return expect(reply, 200, 201).status() == 201;
    }

    /** Enters an order; false when one with its reference exists already (409), which the seed counts as done. */
    boolean createOrder(JsonObject order) {
        Reply reply = call("POST", "orders", order, CALL_TIMEOUT);
        return reply.status() != 409 && expect(reply, 201).status() == 201;
    }

    /** This retailer's orders in a state, every store, oldest first. */
    List<JsonObject> orders(String state) {
        return array(expect(call("GET", "orders?state=" + encode(state), null, CALL_TIMEOUT), 200));
    }

    /** One order with its parcels; empty when this retailer has none by that reference (404). */
    Optional<JsonObject> order(String reference) {
        Reply reply = call("GET", "orders/" + encode(reference), null, CALL_TIMEOUT);
        return reply.status() == 404 ? Optional.empty() : Optional.of(object(expect(reply, 200)));
    }

    /** This retailer's returns in a state, every store. */
    List<JsonObject> returns(String state) {
        return array(expect(call("GET", "returns?state=" + encode(state), null, CALL_TIMEOUT), 200));
    }

    /** This retailer's returns that hold a compartment: awaiting their drop-off, or dropped off and not retrieved. */
    List<JsonObject> returnsUnderWay() {
        return Stream.concat(returns("AWAITING_DROP_OFF").stream(), returns("DROPPED_OFF").stream()).toList();
    }

    /**
     * Starts the return of a collected order at any locker of its store: the Core holds a compartment and the customer
     * is mailed a return code. The return's document; a {@link #CONFLICT} when the order is not COLLECTED, has a
     * return under way, or no free compartment fits it.
     */
    JsonObject startReturn(String reference) {
        return object(expect(call("POST", "orders/" + encode(reference) + "/return", null, CALL_TIMEOUT), 201));
    }

    /** Opens the compartment of a dropped-off return for staff to take it out; answers once the door is open. */
    void retrieve(long returnId) {
        expect(call("POST", "returns/" + returnId + "/retrieve", null, DEPOSIT_TIMEOUT), 200);
    }

    /** The lockers this retailer may use, with their store and whether they are online. */
    List<JsonObject> lockers() {
        return array(expect(call("GET", "lockers", null, CALL_TIMEOUT), 200));
    }

    /** The compartment the order should go into, standing at {@code locker}; empty when nothing free fits (409). */
    Optional<JsonObject> proposal(String reference, String locker) {
        Reply reply = call("GET", "orders/" + encode(reference) + "/proposal?locker=" + encode(locker), null,
                CALL_TIMEOUT);
        return reply.status() == 409 ? Optional.empty() : Optional.of(object(expect(reply, 200)));
    }

    /** Reserves and opens the compartment; answers once the door is open. */
    void deposit(String reference, String locker, String compartment) {
        JsonObject body = Json.createObjectBuilder().add("locker", locker).add("compartment", compartment).build();
        expect(call("POST", "orders/" + encode(reference) + "/deposit", body, DEPOSIT_TIMEOUT), 200);
    }

    private Reply call(String method, String path, JsonStructure body, Duration timeout) {
        URI uri = base.resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token.bearer());
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                token.forget();
            }
            return new Reply(method + " " + uri, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new StaffApiException(method + " " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StaffApiException(method + " " + uri + " interrupted", e);
        }
    }

    private static Reply expect(Reply reply, int... statuses) {
        for (int status : statuses) {
            if (reply.status() == status) {
                return reply;
            }
        }
        throw new StaffApiException(reply.call() + ": HTTP " + reply.status() + " " + reason(reply.body()),
                reply.status());
    }

    /** The {@code detail} of a problem document, or the start of whatever else the body is. */
    private static String reason(String body) {
        String start = body.length() > 500 ? body.substring(0, 500) + "…" : body;
        try {
            JsonObject problem = Json.createReader(new StringReader(body)).readObject();
            JsonValue detail = problem.getOrDefault("detail", JsonValue.NULL);
            return detail.getValueType() == JsonValue.ValueType.STRING ? problem.getString("detail") : start;
        } catch (JsonException e) {
            return start; // not a JSON object: the body itself says what there is to say
        }
    }

    private static List<JsonObject> array(Reply reply) {
        return Json.createReader(new StringReader(reply.body())).readArray().stream()
                .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT).map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject object(Reply reply) {
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private record Reply(String call, int status, String body) {
    }
}
