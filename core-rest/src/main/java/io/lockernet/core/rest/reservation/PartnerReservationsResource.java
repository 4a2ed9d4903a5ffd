package io.lockernet.core.rest.reservation;

import io.lockernet.api.core.ReservationView;
import io.lockernet.api.core.ReserveRequest;
import io.lockernet.core.reservation.boundary.Reservations;
import io.lockernet.core.reservation.entity.Reservation;
import io.lockernet.core.reservation.entity.ReservationPurpose;
import io.lockernet.core.reservation.entity.ReservationRequest;
import io.lockernet.core.reservation.entity.Reserved;
import io.lockernet.core.idempotency.boundary.IdempotentRequests;
import io.lockernet.core.rest.Caller;
import io.lockernet.core.rest.IdempotencyKeyHeader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A retailer's reservations: holding a compartment for a parcel, and giving it up. */
@Path("/partner/reservations")
@RequestScoped
@Tag(name = "core-partner")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerReservationsResource {

    private static final String NO_RESERVATION = "No such reservation of this retailer";

    @EJB
    Reservations reservations;

    @EJB
    IdempotentRequests idempotent;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    @Operation(operationId = "reserveCompartment",
            summary = "Reserve a compartment", description = "Holds the named compartment, or the smallest free "
            + "one of at least the given size (a low one on request), for ttlSeconds (default 3600) while nothing is in "
            + "it. The answer carries the pickup code, once: the Core keeps only a salted hash. purpose DROP_OFF holds "
            + "the compartment empty for a customer who returns a parcel: the code is then the return code, which opens "
            + "it at the locker's keypad until the time to live ends (the door's close makes the reservation "
            + "DEPOSITED; a RETRIEVE open takes the parcel out). 409 when nothing free fits; 403 for a locker outside "
            + "the retailer's scope; 400 for an unknown purpose.")
    @APIResponseSchema(value = ReservationView.class, responseCode = "201", responseDescription = "Reserved; the "
            + "body has the pickup code (not on a replay: the Core does not keep it; cancel and reserve again if the "
            + "first answer was lost)")
    @APIResponse(responseCode = "403", description = "A locker outside the retailer's scope")
    @APIResponse(responseCode = "404", description = "No such locker or compartment")
    @APIResponse(responseCode = "400", description = "Neither or both of compartment and size; unknown purpose; a "
            + "malformed Idempotency-Key")
    @APIResponse(responseCode = "409", description = "Nothing free fits; the Idempotency-Key in use at the same moment")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another request")
    public Response reserve(@Valid ReserveRequest request,
                            @Parameter(description = IdempotencyKeyHeader.DESCRIPTION)
                            @HeaderParam(IdempotencyKeyHeader.NAME) String idempotencyKey) {
        if (request == null || blank(request.locker()) || (blank(request.compartment()) == blank(request.size()))) {
            throw new BadRequestException("locker is required, and either compartment or size (not both)");
        }
        String key = IdempotencyKeyHeader.validated(idempotencyKey);
        Supplier<Reserved> reserve = () -> reservations.reserve(new ReservationRequest(caller.retailer(),
                request.locker(), blankToNull(request.compartment()), blankToNull(request.size()),
                Boolean.TRUE.equals(request.lowHeight()),
                request.ttlSeconds() == null ? null : Duration.ofSeconds(request.ttlSeconds()), request.parcelRef(),
                caller.client(), purpose(request.purpose())));
        if (key != null) {
            var once = idempotent.once(caller.client(), key, IdempotencyKeyHeader.fingerprintOf("reserve", request), reserve,
                    reserved -> reserved.reservation().id());
            if (once.replayed()) {
                Reservation r = reservations.get(once.earlier(), caller.retailer());
                return Response.created(uri.getAbsolutePathBuilder().path(r.id()).build())
                        .header(IdempotencyKeyHeader.REPLAYED, "true")
                        .entity(view(r, reservations.compartmentName(r), null, null)).build();
            }
            return created(once.fresh());
        }
        return created(reserve.get());
    }

    private Response created(Reserved reserved) {
        Reservation r = reserved.reservation();
        return Response.created(uri.getAbsolutePathBuilder().path(r.id()).build())
                .entity(view(r, reserved.compartment(), reserved.size(), reserved.pickupCode())).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getReservation", summary = "One reservation of this retailer (never its pickup code)")
    @APIResponse(responseCode = "200", description = "The reservation")
    @APIResponse(responseCode = "404", description = NO_RESERVATION)
    public ReservationView get(@PathParam("id") String id) {
        Reservation r = reservations.get(id, caller.retailer());
        return view(r, reservations.compartmentName(r), null, null);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "cancelReservation", summary = "Give up a reservation nothing was put in yet",
            description = "409 once a parcel is in.")
    @APIResponse(responseCode = "200", description = "The reservation, CANCELLED")
    @APIResponse(responseCode = "404", description = NO_RESERVATION)
    @APIResponse(responseCode = "409", description = "Not RESERVED (a parcel is in, or it has ended), or its door is "
            + "open or opening")
    public ReservationView cancel(@PathParam("id") String id) {
        Reservation r = reservations.cancel(id, caller.retailer());
        return view(r, reservations.compartmentName(r), null, null);
    }

    private static ReservationView view(Reservation r, String compartment, String size, String code) {
        return new ReservationView(r.id(), r.locker(), compartment, size, r.state().name(), r.parcelRef(),
                r.createdAt(), r.expiresAt(), r.depositedAt(), r.endedAt(), r.codeUsedAt() != null, code,
                r.purpose().name());
    }

    private static ReservationPurpose purpose(String name) {
        if (blank(name)) {
            return ReservationPurpose.DEPOSIT;
        }
        try {
            return ReservationPurpose.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("purpose is DEPOSIT (the default) or DROP_OFF, not '" + name + "'");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value;
    }
}
