package io.lockernet.core.rest.callback;

import io.lockernet.core.callback.boundary.CallbackEndpoints;
import io.lockernet.core.callback.boundary.CallbackEndpoints.EndpointView;
import io.lockernet.core.rest.Caller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A retailer whose systems speak their own protocol has an endpoint's requests shaped by an adapter: today
 * {@code form-post} (form-encoded fields of its own names, an API key in a header of its own).
 */
@Path("/partner/callbacks/endpoints/{id}/adapter")
@RequestScoped
@Tag(name = "core-partner")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerCallbackAdapterResource {

    @EJB
    CallbackEndpoints endpoints;

    @Inject
    Caller caller;

    /** The adapter by name, with its settings. */
    public record AdapterChoice(
            @NotBlank(message = "is required") @Size(max = 40, message = "has at most 40 characters") String name,
            JsonObject settings) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setCallbackAdapter", summary = "Shape an endpoint's requests with an adapter",
            description = "Body {\"name\":\"form-post\",\"settings\":{\"fields\":{\"type\":\"event\",\"webhookId\":"
                    + "\"event_id\",\"data.reference\":\"order_no\",\"data.locker\":\"box\"},\"apiKeyHeader\":"
                    + "\"X-Api-Key\",\"apiKey\":\"…\"}}. From the next attempt on, each message is a form-encoded POST "
                    + "of the mapped fields (sources: type, webhookId, timestamp, sequence, data.<name>; without "
                    + "fields, every value under its own name) with the API key in its header. The webhook-id, "
                    + "webhook-timestamp and webhook-signature headers still come, the signature over the form body. "
                    + "The apiKey is shown as \"set\" from then on.")
    @APIResponse(responseCode = "200", description = "The endpoint with its adapter")
    @APIResponse(responseCode = "400", description = "An unknown adapter; settings it does not take")
    @APIResponse(responseCode = "404", description = "No such endpoint of this retailer")
    public EndpointView set(@PathParam("id") String id, @NotNull(message = "is required") @Valid AdapterChoice choice) {
        return endpoints.adapt(caller.retailer(), id, choice.name().strip(), choice.settings());
    }

    @DELETE
    @Operation(operationId = "removeCallbackAdapter", summary = "Send an endpoint the Standard Webhooks JSON again")
    @APIResponse(responseCode = "200", description = "The endpoint without an adapter")
    @APIResponse(responseCode = "404", description = "No such endpoint of this retailer")
    public EndpointView remove(@PathParam("id") String id) {
        return endpoints.adapt(caller.retailer(), id, null, null);
    }
}
