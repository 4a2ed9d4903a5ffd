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
import jakarta.ws.rs.GET;
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
}
