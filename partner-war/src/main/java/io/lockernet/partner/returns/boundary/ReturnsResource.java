package io.lockernet.partner.returns.boundary;

import io.lockernet.api.core.ImpulseView;
import io.lockernet.api.rest.OpenApiConventions;
import io.lockernet.partner.compartment.boundary.OpenAnswers;
import io.lockernet.partner.platform.StaffMember;
import io.lockernet.partner.returns.control.ReturnDropOffs;
import io.lockernet.partner.returns.control.Returns;
import io.lockernet.partner.returns.entity.CustomerReturn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Returns of collected orders: what customers are bringing back, and taking dropped-off parcels out. */
@Path("/returns")
@RequestScoped
@Tag(name = "partner")
@SecurityRequirement(name = OpenApiConventions.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ReturnsResource {

    private static final String OTHER_STORE = "A store the caller does not serve, asked for by name (another store's "
            + "return is 404, as if there were none)";

    @EJB
    Returns returns;

    @Inject
    ReturnDropOffs dropOffs;

    @Inject
    StaffMember staff;

    @GET
    @Operation(operationId = "listReturns", summary = "Returns, newest first, at most 500 (?state=DROPPED_OFF&store=…)",
            description = "state is one of AWAITING_DROP_OFF, DROPPED_OFF, RETRIEVED, EXPIRED, CANCELLED; without it "
                    + "every state. DROPPED_OFF returns wait for staff: POST /returns/{id}/retrieve. Staff of some stores "
                    + "see only their stores' returns.")
    @APIResponse(responseCode = "200", description = "The returns")
    @APIResponse(responseCode = "400", description = "Unknown state")
    @APIResponse(responseCode = "403", description = OTHER_STORE)
    public List<ReturnDocument> list(@QueryParam("state") String state, @QueryParam("store") String store) {
        CustomerReturn.State wanted;
        try {
            wanted = state == null || state.isBlank() ? null : CustomerReturn.State.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("state is one of " + Arrays.toString(CustomerReturn.State.values()));
        }
        return returns.list(wanted, staff.scope().narrow(store)).stream()
                .map(ReturnDocument::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getReturn", summary = "One return")
    @APIResponse(responseCode = "200", description = "The return")
    @APIResponse(responseCode = "404", description = "No such return (or one of another store)")
    public ReturnDocument one(@PathParam("id") long id) {
        return ReturnDocument.of(reachable(id));
    }

    @POST
    @Path("{id}/retrieve")
    @Operation(operationId = "retrieveReturn",
            summary = "Take a dropped-off return out of its compartment: opens it, answers when the door is open",
            description = "200 with the impulse once the door is seen open; when it closes the return is RETRIEVED "
                    + "and its order RETURNED. 409 when the return is not DROPPED_OFF or the door did not open, 504 "
                    + "when the locker did not confirm in time (as for any open).")
    @APIResponseSchema(value = ImpulseView.class, responseCode = "200",
            responseDescription = "The door is open: the impulse, DOOR_OPEN or later")
    @APIResponse(responseCode = "404", description = "No such return (or one of another store)")
    @APIResponse(responseCode = "409", description = "Not dropped off, or the door did not open")
    @APIResponse(responseCode = "504", description = "The locker did not confirm the door open in time")
    public void retrieve(@PathParam("id") long id, @Suspended AsyncResponse response) {
        reachable(id);
        OpenAnswers.resumeWhenOpen(dropOffs.retrieve(id, staff.claims()), response);
    }

    /** The return, if it is for one of the caller's stores (404 either way, as {@link Returns#get} answers). */
    private CustomerReturn reachable(long id) {
        CustomerReturn found = returns.get(id);
        staff.scope().checkFound(found.order().store(), "no return " + id);
        return found;
    }
}
