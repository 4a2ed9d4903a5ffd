package io.lockernet.core.rest.delivery;

import io.lockernet.api.core.LockerSite;
import io.lockernet.api.delivery.ConsignmentView;
import io.lockernet.api.delivery.CourierOpenView;
import io.lockernet.api.delivery.CourierRouteView;
import io.lockernet.api.delivery.FailRequest;
import io.lockernet.api.delivery.ShiftRequest;
import io.lockernet.api.rest.OpenApiConventions;
import io.lockernet.core.delivery.boundary.CourierRounds;
import io.lockernet.core.delivery.entity.Consignment;
import io.lockernet.core.locker.boundary.Lockers;
import io.lockernet.core.locker.entity.Locker;
import io.lockernet.core.reservation.boundary.Reservations;
import io.lockernet.core.rest.Caller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The courier area (role courier, a user in the group /carriers/&lt;id&gt; of its carrier): today's shift, the route,
 * opening the compartments held for the courier's parcels at a locker, and a stop that failed. The courier is the
 * verified token's user; nothing of another carrier's, or another courier's, is reachable.
 */
@Path("/courier")
@RequestScoped
@Tag(name = "core-courier")
@SecurityRequirement(name = OpenApiConventions.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class CourierResource {

    @EJB
    CourierRounds rounds;

    @EJB
    Lockers lockers;

    @EJB
    Reservations reservations;

    @Inject
    Caller caller;

    @PUT
    @Path("shift")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startShift", summary = "Start (or change) today's shift",
            description = "From the depot where the van is loaded, until a time of day, with room for so many "
                    + "parcels. The carrier's routes are planned again within seconds; GET /courier/route shows yours.")
    @APIResponse(responseCode = "204", description = "The shift is on")
    @APIResponse(responseCode = "400", description = "A missing or malformed field, or an end that has passed")
    @APIResponse(responseCode = "403", description = "The user drives for no single carrier")
    public Response startShift(@Valid @NotNull(message = "a shift is required") ShiftRequest shift) {
        rounds.startShift(caller.carrier(), caller.claims().username(), shift.latitude(), shift.longitude(),
                LockerSite.minutes(shift.until()), shift.capacity());
        return Response.noContent().build();
    }

    @GET
    @Path("route")
    @Operation(operationId = "getCourierRoute", summary = "Today's route: the stops in order, with their parcels",
            description = "Planned again when something changes (a locker offline, a parcel added, a stop failed): "
                    + "ask again after each stop.")
    @APIResponseSchema(value = CourierRouteView.class, responseCode = "200", responseDescription = "The route")
    @APIResponse(responseCode = "403", description = "The user drives for no single carrier")
    public CourierRouteView route() {
        String carrier = caller.carrier();
        List<CourierRouteView.Stop> stops = new ArrayList<>();
        for (Consignment c : rounds.route(carrier, caller.claims().username())) {
            CourierRouteView.Parcel parcel = new CourierRouteView.Parcel(c.id(), c.parcelRef(), c.size(),
                    c.state().name(), compartmentOf(c));
            CourierRouteView.Stop last = stops.isEmpty() ? null : stops.get(stops.size() - 1);
            if (last != null && last.locker().equals(c.locker())) {
                last.parcels().add(parcel);
            } else {
                Locker locker = lockers.get(c.locker());
                stops.add(new CourierRouteView.Stop(c.locker(), locker.name(), locker.site().latitude(),
                        locker.site().longitude(), c.eta(), c.late(), new ArrayList<>(List.of(parcel))));
            }
        }
        return new CourierRouteView(carrier, caller.claims().username(), Instant.now(), stops);
    }

    @POST
    @Path("lockers/{locker}/open-next")
    @Operation(operationId = "openNextCompartment", summary = "At a locker: open the compartment of your next parcel",
            description = "Opens the compartment held for your next parcel at this locker (one not open already). "
                    + "Put the parcel in and close the door: the door's close, with the parcel seen inside, makes it "
                    + "DEPOSITED and the retailer tells the customer the pickup code. Call again for the next parcel; "
                    + "404 when you have none (more) for this locker.")
    @APIResponseSchema(value = CourierOpenView.class, responseCode = "200", responseDescription = "The compartment "
            + "and its impulse (SENT, or REFUSED with the reason, e.g. the locker is offline)")
    @APIResponse(responseCode = "403", description = "The user drives for no single carrier")
    @APIResponse(responseCode = "404", description = "Nothing (more) of yours for this locker")
    public CourierOpenView openNext(@PathParam("locker") String locker) {
        return rounds.openNext(caller.carrier(), caller.claims().username(), caller.claims().subject(), locker)
                .map(o -> new CourierOpenView(o.consignment().id(), o.consignment().parcelRef(), locker,
                        o.compartment(), o.impulse().id(), o.impulse().state().name()))
                .orElseThrow(() -> new NotFoundException("nothing (more) of yours to deliver at locker " + locker));
    }

    @POST
    @Path("consignments/{id}/failed")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "failDelivery", summary = "A parcel could not be delivered, and why",
            description = "Its compartment is given up and the retailer sees the reason; your route is planned again.")
    @APIResponseSchema(value = ConsignmentView.class, responseCode = "200", responseDescription = "The consignment, "
            + "FAILED")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = "No parcel of this id on your route")
    public ConsignmentView failed(@PathParam("id") String id,
                                  @Valid @NotNull(message = "a reason is required") FailRequest failure) {
        Consignment c = rounds.fail(caller.carrier(), caller.claims().username(), id, failure.reason());
        return ConsignmentViews.of(c, null);
    }

    private String compartmentOf(Consignment c) {
        return c.reservation() == null ? null
                : reservations.compartmentName(reservations.get(c.reservation(), c.retailer()));
    }
}
