package io.lockernet.partner.compartment.boundary;

import io.lockernet.api.core.ImpulseView;
import io.lockernet.api.rest.OpenApiConventions;
import io.lockernet.partner.platform.CoreClient;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import io.lockernet.partner.platform.PartnerConfig;
import io.lockernet.partner.platform.StaffMember;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Following an impulse of this retailer through its life, up to the door closing. */
@Path("/impulses")
@RequestScoped
@Tag(name = "partner")
@SecurityRequirement(name = OpenApiConventions.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ImpulsesResource {

    @Inject
    CoreClient core;

    @Inject
    StaffMember staff;

    @Inject
    PartnerConfig config;

    @GET
    @Path("{id}")
    @Operation(operationId = "getImpulse",
            summary = "One impulse of this retailer: its state and when each step happened; 404 for others'",
            description = "Staff of some stores get 404 for an impulse to a locker of another store, as if there were none.")
    @APIResponse(responseCode = "200", description = "The impulse")
    @APIResponse(responseCode = "404", description = "No impulse of this retailer with this id (or of another store)")
    public ImpulseView impulse(@PathParam("id") String id) {
        ImpulseView impulse = core.impulse(id);
        if (!staff.reachesLocker(impulse.locker())) {
            throw new NotFoundException("no impulse '" + id + "' of retailer " + config.retailer());
        }
        return impulse;
    }
}
