package io.lockernet.core.rest.callback;

import io.lockernet.core.callback.boundary.CallbackEndpoints;
import io.lockernet.core.callback.boundary.CallbackLog;
import io.lockernet.core.callback.boundary.CallbackLog.DeliveryView;
import io.lockernet.core.callback.boundary.CallbackEndpoints.EndpointView;
import io.lockernet.core.rest.Caller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A retailer's callback endpoints: where the Core tells its systems of deposits, pickups, returns and lockers going
 * offline, signed as Standard Webhooks, retried until acknowledged. Called with the retailer's own client credentials.
 */
@Path("/partner/callbacks/endpoints")
@RequestScoped
@Tag(name = "core-partner")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerCallbacksResource {

    private static final String SIGNED = " Each message is a POST of {\"type\",\"timestamp\",\"sequence\",\"data\"} "
            + "with the headers webhook-id (the same on every attempt and replay), webhook-timestamp (seconds) and "
            + "webhook-signature (v1,<base64 HMAC-SHA256 of id.timestamp.body>; two during a secret rotation): verify "
            + "it with any Standard Webhooks library and the endpoint's secret. A 2xx within "
            + "lockernet.callbacks.timeout-seconds (10) acknowledges it; anything else is retried after 5 s, 30 s, "
            + "2 min, 10 min, 30 min, then hourly (±20 %), for 72 h. A subject's events (a parcel, a locker) are sent "
            + "in order; sequence orders them. After 10 failures in a row the endpoint is PAUSED and the operators "
            + "alarmed; its events wait until it is resumed.";

    @EJB
    CallbackEndpoints endpoints;

    @EJB
    CallbackLog history;

    @Inject
    Caller caller;

    /**
     * An endpoint to subscribe: its https URL, the event types it wants, and (optionally) the address mailed if it is
     * ever paused.
     */
    public record Subscription(
            @NotBlank(message = "is required") @Size(max = 500, message = "has at most 500 characters") String url,
            @NotNull(message = "is required") @Size(min = 1, max = 20, message = "lists 1 to 20 event types")
            List<@NotBlank(message = "may not be blank") String> events,
            @Email(message = "is an e-mail address") @Size(max = 254, message = "has at most 254 characters")
            String alertEmail) {
    }

    /** The address mailed when the endpoint is paused; null or left out: nobody. */
    public record AlertAddress(
            @Email(message = "is an e-mail address") @Size(max = 254, message = "has at most 254 characters")
            String email) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subscribeCallbackEndpoint", summary = "Subscribe an endpoint to event types",
            description = "Body {\"url\":\"https://shop.example/lockernet\",\"events\":[\"parcel.deposited\","
                    + "\"parcel.collected\"],\"alertEmail\":\"ops@shop.example\"} (alertEmail optional: mailed once "
                    + "when the endpoint is paused). Event types (each a webhook of this document, with its payload): "
                    + "parcel.deposited, parcel.collected, parcel.expiring, parcel.expired, parcel.retrieved, "
                    + "return.dropped-off, return.retrieved, locker.offline, locker.online, compartment.out-of-service, "
                    + "compartment.back-in-service, alarm.raised. The answer carries the signing secret (whsec_…) once; "
                    + "the Core does not show it again." + SIGNED)
    @APIResponseSchema(value = EndpointView.class, responseCode = "201",
            responseDescription = "Subscribed; the body has the secret (Location: the endpoint's address)")
    @APIResponse(responseCode = "400", description = "Not https, a host that is not public, unknown event types")
    public Response subscribe(@NotNull(message = "is required") @Valid Subscription subscription,
                              @Context UriInfo uri) {
        EndpointView created = endpoints.subscribe(caller.retailer(), subscription.url().strip(),
                subscription.events(), blankToNull(subscription.alertEmail()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Operation(operationId = "listCallbackEndpoints", summary = "The retailer's endpoints, without their secrets")
    public List<EndpointView> list() {
        return endpoints.list(caller.retailer());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCallbackEndpoint",
            summary = "One endpoint: its state (ACTIVE, PAUSED) and failures in a row")
    @APIResponse(responseCode = "200", description = "The endpoint, without its secret")
    @APIResponse(responseCode = "404", description = "No such endpoint of this retailer")
    public EndpointView one(@PathParam("id") String id) {
        return endpoints.get(caller.retailer(), id);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "removeCallbackEndpoint",
            summary = "Remove an endpoint: nothing more is sent to it, and its log goes with it")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such endpoint of this retailer")
    public void remove(@PathParam("id") String id) {
        endpoints.remove(caller.retailer(), id);
    }

    @POST
    @Path("{id}/secret")
    @Operation(operationId = "rotateCallbackSecret", summary = "Rotate the signing secret",
            description = "The answer carries the new secret, once. For 24 hours every message is signed with both "
                    + "the new and the old secret (two signatures in webhook-signature), so the receiver can switch.")
    @APIResponse(responseCode = "200", description = "The endpoint with its new secret")
    @APIResponse(responseCode = "404", description = "No such endpoint of this retailer")
    public EndpointView rotate(@PathParam("id") String id) {
        return endpoints.rotate(caller.retailer(), id);
    }

    @POST
    @Path("{id}/resume")
    @Operation(operationId = "resumeCallbackEndpoint",
            summary = "Resume a paused endpoint: its waiting events go out, each subject's in order")
    @APIResponse(responseCode = "200", description = "The endpoint, ACTIVE")
    @APIResponse(responseCode = "404", description = "No such endpoint of this retailer")
    public EndpointView resume(@PathParam("id") String id) {
        return endpoints.resume(caller.retailer(), id);
    }

    @POST
    @Path("{id}/pause")
    @Operation(operationId = "pauseCallbackEndpoint",
            summary = "Pause an endpoint (a maintenance window): its events wait, in order, until it is resumed")
    @APIResponse(responseCode = "200", description = "The endpoint, PAUSED")
    @APIResponse(responseCode = "404", description = "No such endpoint of this retailer")
    public EndpointView pause(@PathParam("id") String id) {
        return endpoints.pause(caller.retailer(), id);
    }

    @PUT
    @Path("{id}/alert-email")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setCallbackAlertEmail", summary = "Set the address mailed when the endpoint is paused",
            description = "Body {\"email\":\"ops@shop.example\"}; {\"email\":null} mails nobody. The mail goes once per "
                    + "pause, after the failures that paused it, with the last outcome and how to resume.")
    @APIResponse(responseCode = "200", description = "The endpoint with its alert address")
    @APIResponse(responseCode = "400", description = "Not an e-mail address")
    @APIResponse(responseCode = "404", description = "No such endpoint of this retailer")
    public EndpointView alertEmail(@PathParam("id") String id,
                                   @NotNull(message = "is required") @Valid AlertAddress address) {
        return endpoints.alertEmail(caller.retailer(), id, blankToNull(address.email()));
    }

    @GET
    @Path("{id}/health")
    @Operation(operationId = "getCallbackHealth",
            summary = "How the endpoint has fared: success rate, latency percentiles, backlog (?hours=24)")
    @APIResponse(responseCode = "200", description = "Attempts and the share acknowledged over the hours, the "
            + "attempts' latency p50/p95/p99 in ms, and the deliveries waiting with the oldest one's time")
    @APIResponse(responseCode = "400", description = "hours outside 1 to 720")
    @APIResponse(responseCode = "404", description = "No such endpoint of this retailer")
    public CallbackLog.Health health(@PathParam("id") String id,
                                           @QueryParam("hours") @DefaultValue("24") int hours) {
        if (hours < 1 || hours > 720) {
            throw new BadRequestException("hours is 1 to 720");
        }
        return history.health(caller.retailer(), id, hours);
    }

    @POST
    @Path("{id}/test")
    @Operation(operationId = "sendTestCallback", summary = "Send a callback.test event to this endpoint now")
    @APIResponse(responseCode = "200", description = "The test event's delivery, PENDING or already DELIVERED")
    @APIResponse(responseCode = "404", description = "No such endpoint of this retailer")
    public DeliveryView test(@PathParam("id") String id) {
        return endpoints.test(caller.retailer(), id);
    }

    @POST
    @Path("{id}/replay")
    @Operation(operationId = "replayCallbacks",
            summary = "Send events again: one (?webhookId=) or those of a time range (?from=&to=, ISO instants)",
            description = "Each goes out again with its own webhook-id, so a receiver that has it already can tell.")
    @APIResponse(responseCode = "200", description = "{\"replayed\": n}")
    @APIResponse(responseCode = "400", description = "Neither webhookId nor from; a time that is not an ISO instant")
    @APIResponse(responseCode = "404", description = "No such endpoint of this retailer")
    public Map<String, Integer> replay(@PathParam("id") String id, @QueryParam("webhookId") String webhookId,
                                       @QueryParam("from") String from, @QueryParam("to") String to) {
        if (webhookId == null && from == null) {
            throw new BadRequestException("give webhookId, or from (and optionally to)");
        }
        return Map.of("replayed", endpoints.replay(caller.retailer(), id, instant("from", from), instant("to", to),
                webhookId));
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listCallbackDeliveries",
            summary = "The delivery log, newest first (?state=PENDING|DELIVERED|GAVE_UP&type=…&limit=100)",
            description = "Each delivery with its attempts, last status and outcome (never the payload).")
    @APIResponse(responseCode = "200", description = "The deliveries, newest first")
    @APIResponse(responseCode = "400", description = "An unknown state; a limit outside 1 to 1000")
    @APIResponse(responseCode = "404", description = "No such endpoint of this retailer")
    public List<DeliveryView> deliveries(@PathParam("id") String id, @QueryParam("state") String state,
                                         @QueryParam("type") String type,
                                         @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new BadRequestException("limit is 1 to 1000");
        }
        if (state != null && !List.of("PENDING", "DELIVERED", "GAVE_UP").contains(state)) {
            throw new BadRequestException("state is PENDING, DELIVERED or GAVE_UP");
        }
        return history.log(caller.retailer(), id, state, type, limit);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Instant instant(String name, String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " is an ISO instant, e.g. 2026-12-03T10:00:00Z");
        }
    }
}
