package io.lockernet.core.rest.delivery;

import io.lockernet.api.delivery.DeliveryOverview;
import io.lockernet.api.rest.OpenApiConventions;
import io.lockernet.core.delivery.boundary.DeliveryOverviews;
import io.lockernet.core.rest.Permission;
import io.lockernet.core.rest.Requires;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The last mile for operators: every carrier's day, for the Admin Panel's map. */
@Path("/operator")
@RequestScoped
@Tag(name = "core-operator")
@SecurityRequirement(name = OpenApiConventions.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class OperatorDeliveriesResource {

    @EJB
    DeliveryOverviews board;

    @GET
    @Path("deliveries")
    @Operation(operationId = "listDeliveries", summary = "Every carrier's day: couriers, stops ahead, delivered",
            description = "Per carrier with parcels: its couriers on shift today (last seen where, delivered, stops "
                    + "ahead, late), the stops ahead in order with ETAs, parcels delivered against planned today, and "
                    + "the last plan's figures.")
    @APIResponse(responseCode = "200", description = "One overview per carrier")
    @APIResponse(responseCode = "403", description = "The role may not read deliveries")
    @Requires(Permission.READ_DELIVERIES)
    public List<DeliveryOverview> deliveries() {
        return board.carriers().stream().map(board::overview).toList();
    }
}
