package io.lockernet.core.rest.impulse;

import io.lockernet.api.core.ImpulseView;
import io.lockernet.core.impulse.boundary.Impulses;
import io.lockernet.core.rest.ImpulseViews;
import io.lockernet.core.rest.OperatorAccess;
import io.lockernet.core.rest.Permission;
import io.lockernet.core.rest.Requires;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.lockernet.core.impulse.entity.Impulse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Any impulse by id, whoever asked for it: operators trace an impulse end to end. */
@Path("/operator/impulses")
@RequestScoped
@Tag(name = "core-operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorImpulsesResource {

    @EJB
    Impulses impulses;

    @Inject
    OperatorAccess access;

    @GET
    @Path("{id}")
    @Operation(operationId = "traceImpulse",
            summary = "One impulse with every step of its life, who asked and through which application")
    @APIResponse(responseCode = "200", description = "The impulse")
    @APIResponse(responseCode = "404", description = "No such impulse")
    @Requires(Permission.READ_IMPULSES)
    public ImpulseView get(@PathParam("id") String id) {
        ImpulseView impulse = impulses.find(id).map(ImpulseViews::of)
                .orElseThrow(() -> new NotFoundException("no impulse '" + id + "'"));
        access.requireLocker(impulse.locker());
        return impulse;
    }

    @POST
    @Path("{id}/close")
    @Operation(operationId = "closeRollerShutterAsOperator", summary = "Lower the roller shutter an impulse raised",
            description = "As the retailer's POST /partner/impulses/{id}/close, for any impulse at a locker the "
                    + "operator may operate: a shutter left up.")
    @APIResponse(responseCode = "202", description = "The close was sent")
    @APIResponse(responseCode = "404", description = "No such impulse")
    @APIResponse(responseCode = "409", description = "Not a roller shutter, the shutter not up, or the locker offline")
    @Requires(Permission.OPERATE_LOCKERS)
    public Response close(@PathParam("id") String id) {
        Impulse impulse = impulses.find(id).orElseThrow(() -> new NotFoundException("no impulse '" + id + "'"));
        access.requireLocker(impulse.locker());
        return Response.accepted(ImpulseViews.of(impulses.close(impulse))).build();
    }
}
