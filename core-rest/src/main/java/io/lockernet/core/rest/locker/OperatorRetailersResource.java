package io.lockernet.core.rest.locker;

import io.lockernet.api.core.RetailerRegistration;
import io.lockernet.api.core.RetailerView;
import io.lockernet.core.locker.boundary.Retailers;
import io.lockernet.core.rest.Caller;
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
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators enter retailers and say which lockers each may use ({@code ./lockernet add-partner} calls this). */
@Path("/operator")
@RequestScoped
@Tag(name = "core-operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorRetailersResource {

    private static final Logger LOG = Logger.getLogger(OperatorRetailersResource.class.getName());

    @EJB
    Retailers retailers;

    @Inject
    Caller caller;

    @GET
    @Path("retailers")
    @Operation(operationId = "listRetailers", summary = "Every retailer with the lockers it may use")
    @Requires(Permission.READ_RETAILERS)
    public List<RetailerView> all() {
        return retailers.all();
    }

    @PUT
    @Path("retailers/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerRetailer", summary = "Enter a retailer, or change it",
            description = "Body {\"name\":\"Carol Foods\",\"lockers\":[\"L-0005\"]}: from now on the retailer may use "
                    + "exactly these lockers (parcels it already has in a locker it may no longer use are still picked "
                    + "up by their customers and taken out by its staff; nothing new goes in). Either may be left out "
                    + "to keep it as it is (a new retailer is named by its id and may use no locker). The id (2 to 40 "
                    + "lower-case letters and digits) names its deployments partner-<id> and partner-admin-<id> and "
                    + "its Keycloak group /retailers/<id>.")
    @APIResponse(responseCode = "201", description = "A new retailer", content = @Content(schema = @Schema(
            implementation = RetailerView.class)))
    @APIResponse(responseCode = "200", description = "A known retailer, changed", content = @Content(schema = @Schema(
            implementation = RetailerView.class)))
    @APIResponse(responseCode = "400", description = "Bad id, missing name, unknown locker; nothing is changed")
    @Requires(Permission.MANAGE_RETAILERS)
    public Response put(@PathParam("id") String id, RetailerRegistration wanted) {
        if (wanted == null) {
            throw new BadRequestException("a body {\"name\":…,\"lockers\":[…]} is required");
        }
        if (wanted.name() != null && (wanted.name().isBlank() || wanted.name().length() > 200)) {
            throw new BadRequestException("name is 1 to 200 characters");
        }
        List<String> lockers = wanted.lockers();
        if (lockers != null && lockers.stream().anyMatch(Objects::isNull)) {
            throw new BadRequestException("lockers must not contain null");
        }
        boolean created = retailers.register(id, wanted.name() == null ? null : wanted.name().strip(),
                lockers == null ? null : Set.copyOf(lockers));
        LOG.info(() -> "operator " + caller.claims().username() + (created ? " entered" : " changed") + " retailer " + id
                + " with lockers " + lockers);
        RetailerView view = retailers.all().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(view).build();
    }
}
