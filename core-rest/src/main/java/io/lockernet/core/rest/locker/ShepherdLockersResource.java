package io.lockernet.core.rest.locker;

import io.lockernet.api.core.Assignment;
import io.lockernet.core.locker.entity.Locker;
import io.lockernet.core.locker.boundary.Lockers;
import io.lockernet.core.locker.control.UnknownLockerException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lockers as a Shepherd sees them: which instance each belongs to. */
@Path("/shepherd/lockers")
@RequestScoped
@Tag(name = "core-shepherd")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class ShepherdLockersResource {

    @EJB
    Lockers lockers;

    @GET
    @Path("{id}/assignment")
    @Operation(operationId = "getShepherdAssignment", summary = "The Shepherd instances a locker may connect to "
            + "(primary and fallback)")
    @APIResponse(responseCode = "200", description = "The assignment")
    @APIResponse(responseCode = "403", description = "The locker is isolated by an operator: no Shepherd admits it")
    @APIResponse(responseCode = "404", description = "No such locker, or one decommissioned: no Shepherd admits it")
    public Assignment assignment(@PathParam("id") String id) {
        Locker locker = lockers.inFleet(id).orElseThrow(() -> new UnknownLockerException(id));
        if (locker.isolated()) {
            throw new ForbiddenException("locker " + id + " is isolated by an operator: no Shepherd admits it");
        }
        return new Assignment(id, locker.shepherd(), locker.fallbackShepherd());
    }
}
