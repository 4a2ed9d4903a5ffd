package io.lockernet.simulator.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.net.URI;
import java.net.http.HttpClient;
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

    private final String retailer;
    private final BearerCalls calls;

    StaffApi(HttpClient http, URI partnerBase, String retailer, StaffToken token) {
        this.retailer = retailer;
        this.calls = new BearerCalls(http, URI.create(partnerBase.toString().replaceAll("/+$", "") + "/partner-"
                + retailer + "/api/"), token);
    }

    String retailer() {
        return retailer;
    }

    /** Enters or describes anew a product; true when it was new. */
    boolean putProduct(String sku, JsonObject product) {
        BearerCalls.Reply reply = call("PUT", "products/" + encode(sku), product, CALL_TIMEOUT);
        return expect(reply, 200, 201).status() == 201;
    }

    /** Enters an order; false when one with its reference exists already (409), which the seed counts as done. */
    boolean createOrder(JsonObject order) {
        BearerCalls.Reply reply = call("POST", "orders", order, CALL_TIMEOUT);
        return reply.status() != 409 && expect(reply, 201).status() == 201;
    }

    /** This retailer's orders in a state, every store, oldest first. */
    List<JsonObject> orders(String state) {
        return array(expect(call("GET", "orders?state=" + encode(state), null, CALL_TIMEOUT), 200));
    }

    /** One order with its parcels; empty when this retailer has none by that reference (404). */
    Optional<JsonObject> order(String reference) {
        BearerCalls.Reply reply = call("GET", "orders/" + encode(reference), null, CALL_TIMEOUT);
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

    /** Hands a dropped-off return to a carrier, whose courier takes it out of the locker instead of staff. */
    void handReturnToCarrier(long returnId, String carrier) {
        JsonObject body = Json.createObjectBuilder().add("carrier", carrier).build();
        expect(call("POST", "returns/" + returnId + "/carrier", body, CALL_TIMEOUT), 201);
    }

    /** The lockers this retailer may use, with their store and whether they are online. */
    List<JsonObject> lockers() {
        return array(expect(call("GET", "lockers", null, CALL_TIMEOUT), 200));
    }

    /** The compartment the order should go into, standing at {@code locker}; empty when nothing free fits (409). */
    Optional<JsonObject> proposal(String reference, String locker) {
        BearerCalls.Reply reply = call("GET", "orders/" + encode(reference) + "/proposal?locker=" + encode(locker),
                null, CALL_TIMEOUT);
        return reply.status() == 409 ? Optional.empty() : Optional.of(object(expect(reply, 200)));
    }

    /** Reserves and opens the compartment; answers once the door is open. */
    void deposit(String reference, String locker, String compartment) {
        JsonObject body = Json.createObjectBuilder().add("locker", locker).add("compartment", compartment).build();
        expect(call("POST", "orders/" + encode(reference) + "/deposit", body, DEPOSIT_TIMEOUT), 200);
    }

    /** Hands the order to a carrier, for the store's lockers (its courier brings it); false when it is not OPEN. */
    boolean handToCarrier(String reference, String carrier) {
        JsonObject body = Json.createObjectBuilder().add("carrier", carrier).build();
        return expect(call("POST", "orders/" + encode(reference) + "/carrier", body, CALL_TIMEOUT), 201, 409)
                .status() == 201;
    }

    private BearerCalls.Reply call(String method, String path, JsonStructure body, Duration timeout) {
        return calls.call(method, path, body, timeout);
    }

    private static BearerCalls.Reply expect(BearerCalls.Reply reply, int... statuses) {
        return BearerCalls.expect(reply, statuses);
    }

    private static List<JsonObject> array(BearerCalls.Reply reply) {
        return BearerCalls.array(reply);
    }

    private static JsonObject object(BearerCalls.Reply reply) {
        return BearerCalls.object(reply);
    }

    private static String encode(String value) {
        return BearerCalls.encode(value);
    }
}
