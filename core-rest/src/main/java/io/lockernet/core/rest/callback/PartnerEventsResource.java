package io.lockernet.core.rest.callback;

import io.lockernet.api.core.PartnerEvent;
import io.lockernet.core.callback.boundary.CallbackEndpoints;
import io.lockernet.core.rest.Caller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A retailer's Partner tells the Core of a parcel's pickup window ending (it alone keeps the windows), for the Core to
 * send to the retailer's callback endpoints with the rest of its events. The Partner writes each such event in its own
 * transaction and sends it until this answers; the Core records it once.
 */
@Path("/partner/callbacks/events")
@RequestScoped
@Tag(name = "core-partner")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerEventsResource {

    @EJB
    CallbackEndpoints endpoints;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "tellPartnerEvent", summary = "Tell of a parcel's pickup window ending (Partner only)",
            description = "Body {\"id\":\"pe-…\",\"type\":\"parcel.expiring\"|\"parcel.expired\",\"reference\":\"…\","
                    + "\"reservation\":\"…\",\"locker\":\"…\",\"compartment\":\"…\",\"expiresAt\":\"…\",\"at\":\"…\"}. "
                    + "The retailer is the caller's; id is the Partner's own, and the same id told again is recorded "
                    + "once.")
    @APIResponse(responseCode = "201", description = "Recorded: sent to the endpoints that subscribe to its type")
    @APIResponse(responseCode = "200", description = "Told before; nothing changed")
    @APIResponse(responseCode = "400", description = "A missing or malformed field, a type the Partner may not tell")
    public Response tell(@NotNull(message = "is required") @Valid PartnerEvent event) {
        JsonObjectBuilder data = Json.createObjectBuilder();
        Map.of("reservation", nullToEmpty(event.reservation()), "locker", nullToEmpty(event.locker()),
                "compartment", nullToEmpty(event.compartment()),
                "expiresAt", event.expiresAt() == null ? "" : event.expiresAt().toString(),
                "at", event.at().toString()).forEach(data::add);
        boolean recorded = endpoints.told(caller.retailer(), event.id(), event.type(), event.reference(),
                data.build(), event.at());
        return Response.status(recorded ? Response.Status.CREATED : Response.Status.OK)
                .entity(Map.of("recorded", recorded)).build();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
