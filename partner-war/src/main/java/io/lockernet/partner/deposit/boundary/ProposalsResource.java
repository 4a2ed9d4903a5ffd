package io.lockernet.partner.deposit.boundary;

import io.lockernet.api.rest.OpenApiConventions;
import io.lockernet.partner.deposit.control.CompartmentFit;
import io.lockernet.partner.deposit.control.DepositProposals;
import io.lockernet.partner.order.boundary.OrdersInScope;
import io.lockernet.partner.order.entity.CustomerOrder;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The compartment an order should go into: the best fit of its items among the store's free compartments. */
@Path("/orders")
@RequestScoped
@Tag(name = "partner")
@SecurityRequirement(name = OpenApiConventions.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ProposalsResource {

    @Inject
    DepositProposals proposals;

    @Inject
    OrdersInScope orders;

    @GET
    @Path("{reference}/proposal")
    @Operation(operationId = "proposeCompartment", summary = "The compartment the order should go into",
            description = "The smallest free compartment of an online locker at the order's store that its items can "
                    + "be packed into (3D packing with sizes, weights and packaging); a low one if the customer needs "
                    + "it. ?locker=L-0001 is the locker the employee stands at: its compartments come first, another "
                    + "locker of the store only when nothing there fits (otherLocker true).")
    @APIResponse(responseCode = "200", description = "The proposed locker and compartment")
    @APIResponse(responseCode = "400", description = "The locker stands at another store than the order's")
    @APIResponse(responseCode = "404", description = "No such order, or no such locker for this retailer")
    @APIResponse(responseCode = "409", description = "The order is not OPEN, or no free compartment at the store fits "
            + "it")
    public CompartmentFit.Proposal proposal(@PathParam("reference") String reference,
                                            @QueryParam("locker") String locker) {
        CustomerOrder order = orders.order(reference);
        if (order.state() != CustomerOrder.State.OPEN) {
            throw new ClientErrorException("order " + reference + " is " + order.state() + ", not waiting for a "
                    + "compartment", Response.Status.CONFLICT);
        }
        return proposals.propose(order.packing(), order.store(), locker, order.customer().lowCompartment())
                .orElseThrow(() -> new ClientErrorException("no free compartment at store " + order.store()
                        + " fits order " + reference + (order.customer().lowCompartment() ? " (low ones only)" : "")
                        + "; a fitting one may come free, or the order may be split", Response.Status.CONFLICT));
    }
}
