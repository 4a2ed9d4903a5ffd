package io.lockernet.core.rest.locker;

import io.lockernet.api.core.Assignment;
import io.lockernet.core.locker.boundary.Lockers;
import io.lockernet.core.locker.entity.Locker;
import io.lockernet.core.rest.Caller;
import io.lockernet.core.rest.OperatorAccess;
import io.lockernet.core.rest.Permission;
import io.lockernet.core.rest.Requires;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which Shepherds a locker may connect to; operators move lockers between Shepherd instances here. */
@Path("/operator/lockers/{id}/assignment")
@RequestScoped
@Tag(name = "core-operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorAssignmentsResource {

    private static final Logger LOG = Logger.getLogger(OperatorAssignmentsResource.class.getName());

    @EJB
    Lockers lockers;

    @Inject
    Caller caller;

    @Inject
    OperatorAccess access;

    @GET
    @Operation(operationId = "getLockerAssignment", summary = "A locker's primary and fallback Shepherd")
    @APIResponse(responseCode = "200", description = "The assignment")
    @APIResponse(responseCode = "404", description = "No such locker")
    @Requires(Permission.READ_LOCKERS)
    public Assignment get(@PathParam("id") String id) {
        access.requireLocker(id);
        Locker locker = lockers.get(id);
        return new Assignment(id, locker.shepherd(), locker.fallbackShepherd());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveLocker", summary = "Move a locker to other Shepherds",
            description = "Body {\"shepherd\":\"shepherd-2\",\"fallback\":\"shepherd-1\"} (fallback may be left out). "
                    + "Both must be known instances and differ (400 otherwise). If the locker is connected through "
                    + "neither, that Shepherd ends the connection with close code 4410 naming the new primary, and the "
                    + "locker connects there; commands always go through the Shepherd holding the connection.")
    @APIResponse(responseCode = "200", description = "The new assignment")
    @APIResponse(responseCode = "400", description = "No shepherd, an unknown instance, or primary and fallback the "
            + "same")
    @APIResponse(responseCode = "404", description = "No such locker")
    @Requires(Permission.OPERATE_LOCKERS)
    public Assignment put(@PathParam("id") String id, Assignment wanted) {
        access.requireLocker(id);
        if (wanted == null || wanted.shepherd() == null || wanted.shepherd().isBlank()) {
            throw new BadRequestException("shepherd (the new primary) is required");
        }
        lockers.assign(id, wanted.shepherd(), wanted.fallback()).ifPresent(released -> LOG.info(() -> "operator "
                + caller.claims().username() + " moved " + id + " to " + wanted.shepherd() + "; " + released
                + " releases it"));
        return get(id);
    }
}
