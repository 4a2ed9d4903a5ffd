package io.lockernet.partner.carrier.boundary;

import io.lockernet.api.delivery.ConsignmentView;
import io.lockernet.api.rest.OpenApiConventions;
import io.lockernet.partner.carrier.control.HandOvers;
import io.lockernet.partner.carrier.entity.Consignment;
import io.lockernet.partner.order.boundary.OrdersInScope;
import io.lockernet.partner.order.boundary.OrdersResource;
import io.lockernet.partner.order.entity.CustomerOrder;
import io.lockernet.partner.platform.CoreClient;
import io.lockernet.partner.platform.StaffMember;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An order handed to a carrier, whose courier brings it to a locker of the order's store. */
@Path("/orders")
@RequestScoped
@Tag(name = "partner")
@SecurityRequirement(name = OpenApiConventions.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class OrderCarrierResource {

    @EJB
    HandOvers handOvers;

    @Inject
    OrdersInScope orders;

    @Inject
    StaffMember staff;

    @Inject
    CoreClient core;

    /** Which carrier brings the order, and (optionally) to which of the store's lockers first. */
    public record HandOverRequest(
            @Schema(example = "swift") @NotBlank(message = "is required")
            @Pattern(regexp = "[a-z0-9-]{1,40}", message = "is 1 to 40 lower-case letters, digits or '-'")
            String carrier,
            @Schema(example = "L-0001") @Size(max = 40, message = "has at most 40 characters") String locker) {
    }

    /** A hand-over as the retailer follows it: the Core's consignment (state, locker, courier, ETA). */
    public record HandOverDocument(
            @Schema(example = "swift") String carrier,
            @Schema(example = "HANDED") String state,
            @Schema(example = "2026-12-04T10:00:00Z") Instant handedAt,
            ConsignmentView consignment) {
    }

    @POST
    @Path("{reference}/carrier")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "handOrderToCarrier", summary = "Hand the order to a carrier, for a locker of its store",
            description = "Body {\"carrier\":\"swift\",\"locker\":\"L-0001\"} (carrier: one of the retailer's, "
                    + "lockernet.partner.carriers; locker optional: the store's lockers, that one first). The order "
                    + "becomes WITH_CARRIER; the Core plans the courier's route within "
                    + "seconds. When the courier has put the parcel in, the order is DEPOSITED and the customer is "
                    + "e-mailed the pickup code, as after a deposit by staff; if the courier could not deliver it, the "
                    + "order is OPEN again.")
    @APIResponse(responseCode = "201", description = "Handed over")
    @APIResponse(responseCode = "400", description = "No carrier, not one of the retailer's, or a locker that is not at "
            + "the order's store")
    @APIResponse(responseCode = "403", description = OrdersResource.OTHER_STORE)
    @APIResponse(responseCode = "404", description = OrdersResource.NO_ORDER)
    @APIResponse(responseCode = "409", description = "The order is not OPEN, or fits no compartment there")
    public Response handOver(@PathParam("reference") String reference,
                             @NotNull(message = "is required") @Valid HandOverRequest request) {
        CustomerOrder order = orders.order(reference);
        if (request.locker() != null) {
            staff.checkLocker(request.locker());
        }
        Consignment handed = handOvers.handOver(order.reference(), request.carrier(), request.locker());
        return Response.status(Response.Status.CREATED).entity(document(handed)).build();
    }

    @GET
    @Path("{reference}/carrier")
    @Operation(operationId = "getOrderCarrier", summary = "The order's hand-overs to carriers, as they stand now")
    @APIResponse(responseCode = "200", description = "The hand-overs, oldest first")
    @APIResponse(responseCode = "404", description = OrdersResource.NO_ORDER)
    public List<HandOverDocument> handOvers(@PathParam("reference") String reference) {
        return handOvers.ofOrder(orders.order(reference)).stream().map(this::document).toList();
    }

    private HandOverDocument document(Consignment c) {
        return new HandOverDocument(c.carrier(), c.state().name(), c.handedAt(), core.consignment(c.coreId()));
    }
}
