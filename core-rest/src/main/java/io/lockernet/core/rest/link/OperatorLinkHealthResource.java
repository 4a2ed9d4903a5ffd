package io.lockernet.core.rest.link;

import io.lockernet.api.core.LockerHealthView;
import io.lockernet.core.link.boundary.LinkHealth;
import io.lockernet.core.rest.OperatorAccess;
import io.lockernet.core.rest.Permission;
import io.lockernet.core.rest.Requires;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How each locker's link and device are doing (its service tickets: {@link OperatorTicketsResource}). */
@Path("/operator")
@RequestScoped
@Tag(name = "core-operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorLinkHealthResource {

    @EJB
    LinkHealth links;

    @Inject
    OperatorAccess access;

    @GET
    @Path("lockers/{id}/health")
    @Operation(operationId = "getLockerHealth", summary = "A locker's link health",
            description = "Online and last seen; outages in the last 24 h (count and seconds down); the ping round "
                    + "trips its Shepherd last reported (p50, p99, max in ms over the latest pings); the attention "
                    + "flags of every threshold it is past; its open service tickets. 404 for an unknown locker.")
    @APIResponse(responseCode = "200", description = "The locker's health")
    @APIResponse(responseCode = "404", description = "No such locker")
    @Requires(Permission.READ_LOCKERS)
    public LockerHealthView health(@PathParam("id") String locker) {
        access.requireLocker(locker);
        return links.health(locker, Instant.now());
    }
}
