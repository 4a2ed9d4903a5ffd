package io.lockernet.partner.parcel.boundary;

import io.lockernet.api.core.ImpulseView;
import io.lockernet.api.rest.OpenApiConventions;
import io.lockernet.partner.compartment.boundary.OpenAnswers;
import io.lockernet.partner.order.boundary.OrderDocuments.OrderDocument;
import io.lockernet.partner.order.boundary.OrderDocuments.ParcelDocument;
import io.lockernet.partner.order.boundary.OrdersInScope;
import io.lockernet.partner.order.boundary.OrdersResource;
import io.lockernet.partner.parcel.control.Deposits;
import io.lockernet.partner.parcel.control.Parcels;
import io.lockernet.partner.parcel.entity.Parcel;
import io.lockernet.partner.platform.StaffMember;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An order's way into a locker and out again: where its parcels are, the deposit, more time, the retrieval. */
@Path("/orders")
@RequestScoped
@Tag(name = "partner")
@SecurityRequirement(name = OpenApiConventions.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class OrderParcelsResource {

    @EJB
    Parcels parcels;

    @Inject
    Deposits deposits;

    @Inject
    OrdersInScope orders;

    @Inject
    StaffMember staff;

    /** Which compartment the employee puts the order into: usually the proposal's. */
    public record DepositRequest(
            @Schema(example = "L-0001")
            @NotBlank(message = "is required") @Size(max = 40, message = "has at most 40 characters") String locker,
            @Schema(example = "A2")
            @NotBlank(message = "is required") @Size(max = 20, message = "has at most 20 characters")
            String compartment) {
    }

    @GET
    @Path("{reference}")
    @Operation(operationId = "getOrder", summary = "One order, with where its parcels are")
    @APIResponse(responseCode = "200", description = "The order with its parcels")
    @APIResponse(responseCode = "404", description = OrdersResource.NO_ORDER)
    public OrderDocument one(@PathParam("reference") String reference) {
        return OrderDocument.of(orders.order(reference), parcels.ofOrder(reference).stream()
                .map(OrderParcelsResource::document).toList());
    }

    @POST
    @Path("{reference}/deposit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "depositOrder",
            summary = "Put the order into a compartment: reserve it, open it, answer when the door is open",
            description = "Body {\"locker\":\"L-0001\",\"compartment\":\"A2\"} (usually the proposal's). 200 with "
                    + "the impulse once the door is seen open; the employee puts the parcel in and closes the door, and "
                    + "the order becomes DEPOSITED and the customer is e-mailed the pickup code. If the door does not "
                    + "open the hold is given up and the order waits again (409 or 504, as for any open).")
    @APIResponseSchema(value = ImpulseView.class, responseCode = "200",
            responseDescription = "The door is open: the impulse, DOOR_OPEN or later")
    @APIResponse(responseCode = "400", description = "locker or compartment missing or too long")
    @APIResponse(responseCode = "404", description = OrdersResource.NO_ORDER + "; no such compartment")
    @APIResponse(responseCode = "409", description = "The order is not OPEN, the compartment is taken, or the door "
            + "did not open")
    @APIResponse(responseCode = "504", description = "The locker did not confirm the door open in time")
    @APIResponse(responseCode = "403", description = OrdersResource.OTHER_STORE)
    public void deposit(@PathParam("reference") String reference,
                        @NotNull(message = "is required") @Valid DepositRequest request,
                        @Suspended AsyncResponse response) {
        orders.order(reference);
        staff.checkLocker(request.locker());
        OpenAnswers.resumeWhenOpen(
                deposits.deposit(reference, request.locker(), request.compartment(), staff.claims()), response);
    }

    @POST
    @Path("{reference}/extend")
    @Operation(operationId = "extendPickupWindow", summary = "Extend the pickup window once, by one more window",
            description = "For a customer who asked for more time. 409 when the order is not in a locker or was "
                    + "extended before.")
    @APIResponse(responseCode = "200", description = "The order, with the parcel's new expiresAt")
    @APIResponse(responseCode = "404", description = OrdersResource.NO_ORDER)
    @APIResponse(responseCode = "409", description = "Not in a locker, or extended once already")
    public OrderDocument extend(@PathParam("reference") String reference) {
        orders.order(reference);
        parcels.extend(reference);
        return one(reference);
    }

    @POST
    @Path("{reference}/retrieve")
    @Operation(operationId = "retrieveOrder",
            summary = "Take the parcel back out (an expired one, from the retrieval list): opens its compartment",
            description = "200 once the door is open; when it closes the order is EXPIRED (or OPEN, if its window "
                    + "had not ended).")
    @APIResponseSchema(value = ImpulseView.class, responseCode = "200",
            responseDescription = "The door is open: the impulse, DOOR_OPEN or later")
    @APIResponse(responseCode = "404", description = OrdersResource.NO_ORDER)
    @APIResponse(responseCode = "409", description = "Not in a locker, or the door did not open")
    @APIResponse(responseCode = "504", description = "The locker did not confirm the door open in time")
    public void retrieve(@PathParam("reference") String reference, @Suspended AsyncResponse response) {
        orders.order(reference);
        OpenAnswers.resumeWhenOpen(deposits.retrieve(reference, staff.claims()), response);
    }

    private static ParcelDocument document(Parcel p) {
        return new ParcelDocument(p.locker(), p.compartment(), p.state().name(), p.depositedAt(), p.expiresAt(),
                p.extended(), p.codeSentAt(), p.remindedAt());
    }
}
