package io.lockernet.partner.returns.boundary;

import io.lockernet.api.core.ImpulseView;
import io.lockernet.api.delivery.ConsignmentView;
import io.lockernet.api.rest.OpenApiConventions;
import io.lockernet.partner.compartment.boundary.OpenAnswers;
import io.lockernet.partner.platform.CoreClient;
import io.lockernet.partner.platform.StaffMember;
import io.lockernet.partner.returns.control.ReturnDropOffs;
import io.lockernet.partner.returns.control.Returns;
import io.lockernet.partner.returns.entity.CustomerReturn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    @Inject
    CoreClient core;

    @GET
    @Operation(operationId = "listReturns", summary = "Returns, newest first, at most 500 (?state=DROPPED_OFF&store=…)",
            description = "state is one of AWAITING_DROP_OFF, DROPPED_OFF, RETRIEVED, EXPIRED, CANCELLED; without it "
                    + "every state. DROPPED_OFF returns wait for staff (POST /returns/{id}/retrieve) or a carrier "
                    + "(POST /returns/{id}/carrier). Staff of some stores see only their stores' returns.")
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

    /** Which carrier collects the return. */
    public record CollectionRequest(
            @Schema(example = "swift") @NotBlank(message = "is required")
            @Pattern(regexp = "[a-z0-9-]{1,40}", message = "is 1 to 40 lower-case letters, digits or '-'")
            String carrier) {
    }

    @POST
    @Path("{id}/carrier")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "handReturnToCarrier", summary = "Have a carrier collect a dropped-off return",
            description = "Body {\"carrier\":\"swift\"}: one of the retailer's carriers (lockernet.partner.carriers; "
                    + "another is 400). Instead of staff, the carrier's courier takes the parcel out of its compartment: the Core plans the courier's route within seconds. When the courier's "
                    + "door closes the return is RETRIEVED and its order RETURNED, as after POST …/retrieve. "
                    + "GET /returns/{id}/carrier follows the collection (courier, ETA). Staff may still retrieve it "
                    + "themselves; the collection is then called off (FAILED). If the courier cannot collect it, the "
                    + "return is let go of within a minute (collectionNote says why) and may be handed over again. 409 "
                    + "when the return is not DROPPED_OFF, or a carrier is collecting it already.")
    @APIResponse(responseCode = "201", description = "Handed over: the return, with the collecting carrier")
    @APIResponse(responseCode = "400", description = "No carrier, a malformed one, or not one of the retailer's")
    @APIResponse(responseCode = "404", description = "No such return (or one of another store)")
    @APIResponse(responseCode = "409", description = "Not dropped off, or being collected already")
    public Response handToCarrier(@PathParam("id") long id,
                                  @NotNull(message = "is required") @Valid CollectionRequest request) {
        reachable(id);
        CustomerReturn handed = dropOffs.collect(id, request.carrier());
        return Response.status(Response.Status.CREATED).entity(ReturnDocument.of(handed)).build();
    }

    @GET
    @Path("{id}/carrier")
    @Operation(operationId = "getReturnCollection", summary = "The carrier's collection of the return, as it stands",
            description = "The Core's consignment (kind COLLECTION): WAITING, ROUTED (courier, ETA), COLLECTED or "
                    + "FAILED (note). 404 when no carrier was asked to collect it.")
    @APIResponseSchema(value = ConsignmentView.class, responseCode = "200", responseDescription = "The collection")
    @APIResponse(responseCode = "404", description = "No such return, or no carrier collects it")
    public ConsignmentView collection(@PathParam("id") long id) {
        CustomerReturn found = reachable(id);
        if (found.collection() == null) {
            throw new NotFoundException("no carrier was asked to collect return " + id);
        }
        return core.consignment(found.collection());
    }

    /** The return, if it is for one of the caller's stores (404 either way, as {@link Returns#get} answers). */
    private CustomerReturn reachable(long id) {
        CustomerReturn found = returns.get(id);
        staff.scope().checkFound(found.order().store(), "no return " + id);
        return found;
    }
}
