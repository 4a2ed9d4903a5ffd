package io.lockernet.core.rest.review;

import io.lockernet.api.core.Resolution;
import io.lockernet.core.rest.Caller;
import io.lockernet.core.rest.OperatorAccess;
import io.lockernet.core.rest.Permission;
import io.lockernet.core.rest.Requires;
import io.lockernet.core.review.boundary.ReviewItems;
import io.lockernet.core.review.entity.ReviewItem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Manual-review items from the off-peak reconciliation, and starting one. */
@Path("/operator")
@RequestScoped
@Tag(name = "core-operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorReviewResource {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    /** A review item as the answers show it; an open one has no resolvedAt, resolvedBy, resolution. */
    private static final String EXAMPLE = "{\"id\":12,\"kind\":\"RESERVATION_OVERDUE\",\"detail\":\"reservation 5b0e… "
            + "still holds A2 although its time to live ended at 2026-12-03T08:00:00Z\","
            + "\"foundAt\":\"2026-12-03T09:00:00Z\","
            + "\"open\":false,\"locker\":\"L-0001\",\"compartment\":\"A2\",\"subject\":\"5b0e…\","
            + "\"resolvedAt\":\"2026-12-03T09:30:00Z\",\"resolvedBy\":\"operator\",\"resolution\":"
            + "\"parcel taken out, reservation cancelled\"}";

    @EJB
    ReviewItems items;

    @Inject
    Caller caller;

    @Inject
    OperatorAccess access;

    @GET
    @Path("review-items")
    @Operation(operationId = "listReviewItems", summary = "Review items, open ones first",
            description = "open=true lists only unresolved items. kind is DOOR_MISMATCH, OCCUPANCY_MISMATCH, "
                    + "RESERVATION_OVERDUE or IMPULSE_STUCK. ?locker= lists one locker's; an operator working in "
                    + "regions gets those of their regions' lockers.")
    @APIResponse(responseCode = "200", description = "The review items", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "items", value = "[" + EXAMPLE + "]")))
    @Requires(Permission.READ_REVIEW_ITEMS)
    public Response list(@QueryParam("open") @DefaultValue("false") boolean openOnly,
                         @QueryParam("locker") String locker) {
        if (locker != null) {
            access.requireLocker(locker);
        }
        JsonArrayBuilder array = JSON.createArrayBuilder();
        items.list(openOnly).stream()
                .filter(item -> locker == null ? access.sees(item.locker()) : locker.equals(item.locker()))
                .forEach(item -> array.add(json(item)));
        return Response.ok(array.build().toString()).build();
    }

    @POST
    @Path("review-items/{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resolveReviewItem", summary = "Resolve a review item", description = "Body: "
            + "{\"resolution\": \"what was done\"}. Resolving a resolved item keeps the first resolution.")
    @APIResponse(responseCode = "200", description = "The item, resolved", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
            examples = @ExampleObject(name = "item", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "No resolution, or one longer than 500 characters")
    @APIResponse(responseCode = "404", description = "No such review item")
    @Requires(Permission.HANDLE_REVIEW_ITEMS)
    public Response resolve(@PathParam("id") long id,
                            @Valid @NotNull(message = "a body is required") Resolution body) {
        items.find(id).ifPresent(item -> access.requireLocker(item.locker()));
        ReviewItem item = items.resolve(id, caller.claims().username(), body.resolution().strip())
                .orElseThrow(() -> new NotFoundException("no review item " + id));
        return Response.ok(json(item).toString()).build();
    }

    @POST
    @Path("reconciliations")
    @Operation(operationId = "startReconciliation",
            summary = "Start a reconciliation now", description = "Queued on the off-peak tier; 202 at once. "
            + "New findings appear as review items.")
    @APIResponse(responseCode = "202", description = "Queued")
    @Requires(Permission.MAINTAIN_FLEET)
    public Response reconcile() {
        items.reconcileNow(caller.claims().username());
        return Response.accepted().build();
    }

    private static JsonObject json(ReviewItem item) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", item.id())
                .add("kind", item.kind().name())
                .add("detail", item.detail())
                .add("foundAt", item.foundAt().toString())
                .add("open", item.isOpen());
        add(json, "locker", item.locker());
        add(json, "compartment", item.compartment());
        add(json, "subject", item.subject());
        add(json, "resolvedAt", item.resolvedAt());
        add(json, "resolvedBy", item.resolvedBy());
        add(json, "resolution", item.resolution());
        return json.build();
    }

    private static void add(JsonObjectBuilder json, String name, Object value) {
        if (value instanceof Instant || value instanceof String) {
            json.add(name, value.toString());
        }
    }
}
