package io.lockernet.core.rest.impulse;

import io.lockernet.api.core.ImpulseView;
import io.lockernet.api.core.OpenRequest;
import io.lockernet.api.problem.Problem;
import io.lockernet.core.impulse.boundary.Impulses;
import io.lockernet.core.impulse.entity.Impulse;
import io.lockernet.core.impulse.entity.ImpulseRequest;
import io.lockernet.core.impulse.entity.ImpulseState;
import io.lockernet.core.reservation.boundary.Reservations;
import io.lockernet.core.reservation.entity.Reservation;
import io.lockernet.core.idempotency.boundary.IdempotentRequests;
import io.lockernet.core.rest.Caller;
import io.lockernet.core.rest.IdempotencyKeyHeader;
import io.lockernet.core.rest.ImpulseViews;
import io.lockernet.core.rest.ProblemMappers;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Impulses asked for by a retailer's partner deployment. */
@Path("/partner/impulses")
@RequestScoped
@Tag(name = "core-partner")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerImpulsesResource {

    @EJB
    Impulses impulses;

    @EJB
    Reservations reservations;

    @EJB
    IdempotentRequests idempotent;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    @Operation(operationId = "requestImpulse",
            summary = "Open a compartment", description = "Records an impulse and sends it to the locker's "
            + "Shepherd. 201 with the impulse SENT; 409 when refused (busy, offline, out of service) with the "
            + "impulse id and reason; 403 for a locker outside the retailer's scope (recorded as an alarm).")
    @APIResponseSchema(value = ImpulseView.class, responseCode = "201",
            responseDescription = "Impulse sent (Location: its address)")
    @APIResponse(responseCode = "400", description = "A field missing; a malformed Idempotency-Key")
    @APIResponse(responseCode = "403", description = "A locker outside the retailer's scope (recorded as an alarm)")
    @APIResponse(responseCode = "404", description = "No such locker, compartment or reservation")
    @APIResponse(responseCode = "409", description = "Impulse refused; the Idempotency-Key in use at the same moment")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another request")
    public Response open(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                 schema = @Schema(implementation = OpenRequest.class))) @Valid OpenRequest request,
                         @Parameter(description = IdempotencyKeyHeader.DESCRIPTION)
                         @HeaderParam(IdempotencyKeyHeader.NAME) String idempotencyKey) {
        if (request == null || blank(request.requestedBy())
                || (request.reservation() == null && (blank(request.locker()) || blank(request.compartment())))) {
            throw new BadRequestException("requestedBy is required, and locker and compartment or a reservation");
        }
        String key = IdempotencyKeyHeader.validated(idempotencyKey);
        Supplier<Impulse> open = () -> impulses.open(request.reservation() == null
                ? new ImpulseRequest(request.locker(), request.compartment(), caller.retailer(),
                        request.requestedBy(), caller.client())
                : forReservation(request));
        if (key == null) {
            return answer(open.get(), false);
        }
        var once = idempotent.once(caller.client(), key, IdempotencyKeyHeader.fingerprintOf("open", request),
                open, Impulse::id);
        return once.replayed()
                ? answer(impulses.find(once.earlier()).orElseThrow(() -> new IllegalStateException(
                        "impulse " + once.earlier() + " of an idempotency key is gone")), true)
                : answer(once.fresh(), false);
    }

    /** 201 with the impulse, or 409 when it was refused; a replay says so in a header. */
    private Response answer(Impulse impulse, boolean replayed) {
        Response.ResponseBuilder answer = impulse.state() == ImpulseState.REFUSED
                ? Response.fromResponse(ProblemMappers.of(Problem.of(409, "Impulse refused", impulse.reason())
                        .withImpulse(impulse.id())))
                : Response.created(uri.getAbsolutePathBuilder().path(impulse.id()).build())
                        .entity(ImpulseViews.of(impulse));
        return (replayed ? answer.header(IdempotencyKeyHeader.REPLAYED, "true") : answer).build();
    }

    @GET
    @Path("raised-shutters")
    @Operation(operationId = "listRaisedShutters", summary = "The roller shutters this retailer raised at a locker",
            description = "This retailer's impulses at the locker whose roller shutter is up (or on its way up) and "
                    + "not yet closed, newest first (at most 100): what POST …/impulses/{id}/close lowers. An empty "
                    + "list for a locker with none, or one the retailer does not use.")
    @APIResponse(responseCode = "200", description = "The impulses", content = @Content(schema = @Schema(
            implementation = ImpulseView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "No locker named")
    public List<ImpulseView> raisedShutters(@Parameter(description = "The locker", example = "L-0004")
                                          @QueryParam("locker") String locker) {
        if (locker == null || locker.isBlank()) {
            throw new BadRequestException("name the locker: ?locker=L-0004");
        }
        return impulses.raisedShutters(caller.retailer(), locker).stream().map(ImpulseViews::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRetailerImpulse",
            summary = "One impulse of this retailer, with every step of its life")
    @APIResponse(responseCode = "200", description = "The impulse")
    @APIResponse(responseCode = "404", description = "No such impulse of this retailer")
    public ImpulseView get(@PathParam("id") String id) {
        String retailer = caller.retailer();
        return impulses.find(id)
                .filter(i -> retailer.equals(i.retailer()))
                .map(ImpulseViews::of)
                .orElseThrow(() -> new NotFoundException("no impulse '" + id + "' of retailer " + retailer));
    }

    @POST
    @Path("{id}/close")
    @Operation(operationId = "closeRollerShutter", summary = "Lower the roller shutter an impulse of this retailer raised",
            description = "For a roller-shutter compartment (special ROLLER_SHUTTER), whose shutter stays up after an "
                    + "open until it is closed: the locker gets a close command with this impulse's id, and the "
                    + "shutter's door-closed ends the impulse (DOOR_CLOSED) and settles its reservation, as a "
                    + "hand-closed door does. 202: follow the impulse with GET …/impulses/{id}.")
    @APIResponseSchema(value = ImpulseView.class, responseCode = "202", responseDescription = "The close was sent")
    @APIResponse(responseCode = "404", description = "No such impulse of this retailer")
    @APIResponse(responseCode = "409", description = "Not a roller shutter, the shutter not up, or the locker offline")
    public Response close(@PathParam("id") String id) {
        String retailer = caller.retailer();
        Impulse impulse = impulses.find(id).filter(i -> retailer.equals(i.retailer()))
                .orElseThrow(() -> new NotFoundException("no impulse '" + id + "' of retailer " + retailer));
        return Response.accepted(ImpulseViews.of(impulses.close(impulse))).build();
    }

    /** An open for a reservation: the compartment is the reservation's, whatever the request says. */
    private ImpulseRequest forReservation(OpenRequest request) {
        ImpulseRequest.Purpose purpose;
        try {
            purpose = ImpulseRequest.Purpose.valueOf(request.purpose() == null ? "" : request.purpose());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("purpose must be DEPOSIT or RETRIEVE for an open of a reservation");
        }
        if (purpose != ImpulseRequest.Purpose.DEPOSIT && purpose != ImpulseRequest.Purpose.RETRIEVE) {
            throw new BadRequestException("purpose must be DEPOSIT or RETRIEVE for an open of a reservation");
        }
        Reservation reservation = reservations.get(request.reservation(), caller.retailer());
        return new ImpulseRequest(reservation.locker(), reservations.compartmentName(reservation), caller.retailer(),
                request.requestedBy(), caller.client(), reservation.id(), purpose);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
