package io.lockernet.core.rest.link;

import io.lockernet.api.core.LinkHistoryView;
import io.lockernet.core.link.boundary.LinkHealth;
import io.lockernet.core.rest.OperatorAccess;
import io.lockernet.core.rest.Permission;
import io.lockernet.core.rest.Requires;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A locker's link over the last hours: what the Admin Panel draws as charts of round trips and outages. */
@Path("/operator")
@RequestScoped
@Tag(name = "core-operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorLinkHistoryResource {

    @EJB
    LinkHealth links;

    @Inject
    OperatorAccess access;

    @GET
    @Path("lockers/{id}/link-history")
    @Operation(operationId = "getLockerLinkHistory", summary = "A locker's round trips and outages over the last hours",
            description = "The ping round trips its Shepherd reported (p50, p99 and max in ms, and how many pings, one "
                    + "point per report, about every five minutes; kept seven days) and the outages that overlap the "
                    + "period (an outage still going on has no endedAt, its seconds count up to now), oldest first. "
                    + "?hours= from 1 to 168, 24 unless given.")
    @APIResponse(responseCode = "200", description = "The locker's link history")
    @APIResponse(responseCode = "400", description = "hours is not between 1 and 168")
    @APIResponse(responseCode = "403", description = "The locker is not in the caller's regions")
    @APIResponse(responseCode = "404", description = "No such locker")
    @Requires(Permission.READ_LOCKERS)
    public LinkHistoryView history(@PathParam("id") String locker,
                                   @QueryParam("hours") @DefaultValue("24")
                                   @Min(value = 1, message = "is at least 1")
                                   @Max(value = 168, message = "is at most 168") int hours) {
        access.requireLocker(locker);
        return links.history(locker, hours, Instant.now());
    }
}
