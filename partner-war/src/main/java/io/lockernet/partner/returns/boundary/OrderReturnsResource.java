package io.lockernet.partner.returns.boundary;

import io.lockernet.api.rest.OpenApiConventions;
import io.lockernet.partner.order.boundary.OrdersInScope;
import io.lockernet.partner.platform.StaffMember;
import io.lockernet.partner.returns.control.ReturnDropOffs;
import io.lockernet.partner.returns.control.Returns;
import io.lockernet.partner.returns.entity.CustomerReturn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A collected order's return started: a compartment held for the customer's drop-off, a return code mailed. */
@Path("/orders")
@RequestScoped
@Tag(name = "partner")
@SecurityRequirement(name = OpenApiConventions.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class OrderReturnsResource {

    @Inject
    ReturnDropOffs dropOffs;

    @EJB
    Returns returns;

    @Inject
    OrdersInScope orders;

    @Inject
    StaffMember staff;

    /** Where the customer wants to drop a return off (optional). */
    public record ReturnRequest(
            @Schema(example = "L-0004") @Size(max = 40, message = "has at most 40 characters") String locker) {
    }

    @POST
    @Path("{reference}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestReturn",
            summary = "Let the customer return a collected order at a locker: hold a compartment, mail a return code",
            description = "Body (optional) {\"locker\":\"L-0004\"}: the locker the customer wants to use, of the "
                    + "order's store; without it any locker of the store. The Core holds the smallest free compartment "
                    + "that fits the order's items empty for the return window (lockernet.partner.return-window, default "
                    + "72 h) and hands out a one-time return code, which the customer is e-mailed with its QR code. "
                    + "Typed on the locker's keypad within the window, the code opens the compartment; once its door "
                    + "closes the return is DROPPED_OFF, for staff to take out (POST /returns/{id}/retrieve). Wrong codes "
                    + "count towards the keypad's lockout as for pickups. Nothing is recorded when the Core holds no "
                    + "compartment.")
    @APIResponseSchema(value = ReturnDocument.class, responseCode = "201",
            responseDescription = "The return, AWAITING_DROP_OFF (Location: /returns/{id})")
    @APIResponse(responseCode = "400", description = "The locker is not at the order's store")
    @APIResponse(responseCode = "404", description = "No such order, or no such locker for this retailer")
    @APIResponse(responseCode = "409", description = "The order is not COLLECTED, has a return under way, or no free "
            + "compartment fits it")
    public Response requestReturn(@PathParam("reference") String reference,
                                  @RequestBody(required = false) @Valid ReturnRequest request,
                                  @Context UriInfo uri) {
        String locker = request == null || request.locker() == null || request.locker().isBlank()
                ? null : request.locker().strip();
        orders.order(reference);
        CustomerReturn requested = dropOffs.request(reference, locker, staff.claims());
        return Response.created(uri.getBaseUriBuilder().path("returns").path(String.valueOf(requested.id())).build())
                .entity(ReturnDocument.of(returns.get(requested.id()))).build();
    }

    /** The same without a body (no Content-Type at all): any locker of the order's store. */
    @POST
    @Path("{reference}/return")
    @Operation(hidden = true)
    public Response requestReturnAnywhere(@PathParam("reference") String reference, @Context UriInfo uri) {
        return requestReturn(reference, null, uri);
    }
}
