package io.lockernet.partner.compartment.boundary;

import io.lockernet.api.core.ImpulseView;
import io.lockernet.partner.platform.CoreClient;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import io.lockernet.partner.platform.StaffMember;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Following an impulse of this retailer through its life, up to the door closing. */
@Path("/impulses")
@RequestScoped
@Tag(name = "partner")
@Produces(MediaType.APPLICATION_JSON)
public class ImpulsesResource {

    @Inject
    CoreClient core;

    @Inject
    StaffMember staff;

    @GET
    @Path("{id}")
    @Operation(summary = "One impulse of this retailer: its state and when each step happened; 404 for others'",
            description = "403 for an impulse to a locker of a store the caller does not serve.")
    @APIResponse(responseCode = "200", description = "The impulse")
    @APIResponse(responseCode = "403", description = "The impulse's locker is at a store the caller does not serve")
    @APIResponse(responseCode = "404", description = "No impulse of this retailer with this id")
    public ImpulseView impulse(@PathParam("id") String id) {
        ImpulseView impulse = core.impulse(id);
        staff.checkLocker(impulse.locker());
        return impulse;
    }
}
