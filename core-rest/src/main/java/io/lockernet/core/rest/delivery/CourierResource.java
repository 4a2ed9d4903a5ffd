package io.lockernet.core.rest.delivery;

import io.lockernet.api.core.LockerSite;
import io.lockernet.api.delivery.ConsignmentView;
import io.lockernet.api.delivery.CourierOpenView;
import io.lockernet.api.delivery.CourierRouteView;
import io.lockernet.api.delivery.DeliveryOverview;
import io.lockernet.api.delivery.FailRequest;
import io.lockernet.api.delivery.PositionRequest;
import io.lockernet.api.delivery.ShiftRequest;
import io.lockernet.api.rest.OpenApiConventions;
import io.lockernet.core.delivery.boundary.CourierRounds;
import io.lockernet.core.delivery.boundary.DeliveryOverviews;
import io.lockernet.core.delivery.control.PositionReports;
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
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

    static final String COURIER = "courier";
    static final String DISPATCHER = "dispatcher";

    @EJB
    CourierRounds rounds;

    @EJB
    DeliveryOverviews board;

    @EJB
    Lockers lockers;

    @EJB
    Reservations reservations;

    @Inject
    Caller caller;

    @Inject
    PositionReports positions;

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
        rounds.startShift(caller.carrier(), courier(), shift.latitude(), shift.longitude(),
                LockerSite.minutes(shift.until()), shift.capacity());
        return Response.noContent().build();
    }

    @PUT
    @Path("position")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportPosition", summary = "Where you are now",
            description = "Every 10 to 30 s while driving. The ETAs of your stops follow your position within "
                    + "seconds (the retailers' customers see them); when your next stop is expected well after the plan "
                    + "said, the routes are planned again. Taken on the positions tier: answered at once, and a "
                    + "position older than one already taken changes nothing.")
    @APIResponse(responseCode = "202", description = "Taken")
    @APIResponse(responseCode = "400", description = "A missing or malformed coordinate")
    @APIResponse(responseCode = "403", description = "The user drives for no single carrier")
    public Response position(@Valid @NotNull(message = "a position is required") PositionRequest position) {
        positions.report(caller.carrier(), courier(), position.latitude(), position.longitude());
        return Response.accepted().build();
    }

    @GET
    @Path("route")
    @Operation(operationId = "getCourierRoute", summary = "Today's route: the stops in order, with their parcels",
            description = "Planned again when something changes (a locker offline, a parcel added, a stop failed): "
                    + "ask again after each stop. done lists what you put in or took out today, newest first.")
    @APIResponseSchema(value = CourierRouteView.class, responseCode = "200", responseDescription = "The route")
    @APIResponse(responseCode = "403", description = "The user drives for no single carrier")
    public CourierRouteView route() {
        String carrier = caller.carrier();
        List<CourierRouteView.Stop> stops = new ArrayList<>();
        for (Consignment c : rounds.route(carrier, courier())) {
            CourierRouteView.Parcel parcel = new CourierRouteView.Parcel(c.id(), c.kind().name(), c.parcelRef(), c.size(),
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
        List<CourierRouteView.Done> done = rounds.doneToday(carrier, courier()).stream()
                .map(c -> new CourierRouteView.Done(c.id(), c.kind().name(), c.parcelRef(), c.locker(),
                        compartmentOf(c), c.state().name(), c.collection() ? c.collectedAt() : c.depositedAt()))
                .toList();
        return new CourierRouteView(carrier, courier(), rounds.plannedAt(carrier), stops, done);
    }

    @GET
    @Path("overview")
    @Operation(operationId = "getCarrierOverview", summary = "Your carrier's day at a glance (dispatchers)",
            description = "For a user with the role dispatcher in the carrier's group: its couriers on shift today "
                    + "(last seen where, delivered, stops ahead, late), their stops ahead with ETAs, and parcels "
                    + "delivered against planned today. 403 for a courier without the role.")
    @APIResponseSchema(value = DeliveryOverview.class, responseCode = "200", responseDescription = "The overview")
    @APIResponse(responseCode = "403", description = "Not a dispatcher, or of no single carrier")
    public DeliveryOverview overview() {
        if (!caller.claims().realmRoles().contains(DISPATCHER)) {
            throw new ForbiddenException("the overview is for the carrier's dispatchers (role " + DISPATCHER + ")");
        }
        return board.overview(caller.carrier());
    }

    @POST
    @Path("lockers/{locker}/arrived")
    @Operation(operationId = "arrivedAtStop", summary = "At a stop: you have arrived at this locker",
            description = "Your position is the locker's from now: the ETAs of your stops ahead follow from here "
                    + "(the retailers' customers see them). Then open-next for each parcel. 404 when none of your "
                    + "parcels is routed to this locker.")
    @APIResponse(responseCode = "204", description = "Arrived")
    @APIResponse(responseCode = "403", description = "The user drives for no single carrier")
    @APIResponse(responseCode = "404", description = "Nothing of yours at this locker")
    public Response arrived(@PathParam("locker") String locker) {
        if (!rounds.arrived(caller.carrier(), courier(), locker)) {
            throw new NotFoundException("nothing of yours to deliver or collect at locker " + locker);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("lockers/{locker}/open-next")
    @Operation(operationId = "openNextCompartment", summary = "At a locker: open the compartment of your next parcel",
            description = "Opens the compartment held for your next parcel at this locker (one not open already). "
                    + "kind DELIVERY: put the parcel in and close the door: the door's close makes it "
                    + "DEPOSITED and the retailer tells the customer the pickup code. kind COLLECTION: take the parcel "
                    + "out and close the door: the close makes it COLLECTED (the retailer's reservation RETRIEVED). "
                    + "Call again for the next parcel; 404 when you have none (more) for this locker.")
    @APIResponseSchema(value = CourierOpenView.class, responseCode = "200", responseDescription = "The compartment "
            + "and its impulse (SENT, or REFUSED with the reason, e.g. the locker is offline)")
    @APIResponse(responseCode = "403", description = "The user drives for no single carrier")
    @APIResponse(responseCode = "404", description = "Nothing (more) of yours for this locker")
    public CourierOpenView openNext(@PathParam("locker") String locker) {
        return rounds.openNext(caller.carrier(), courier(), caller.claims().subject(), locker)
                .map(o -> new CourierOpenView(o.consignment().id(), o.consignment().kind().name(),
                        o.consignment().parcelRef(), locker,
                        o.compartment(), o.impulse().id(), o.impulse().state().name()))
                .orElseThrow(() -> new NotFoundException("nothing (more) of yours to deliver or collect at locker "
                        + locker));
    }

    @POST
    @Path("consignments/{id}/failed")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "failDelivery", summary = "A parcel could not be delivered (or collected), and why",
            description = "A delivery's compartment is given up, a parcel to collect stays in its locker; the "
                    + "retailer sees the reason, and your route is planned again.")
    @APIResponseSchema(value = ConsignmentView.class, responseCode = "200", responseDescription = "The consignment, "
            + "FAILED")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = "No parcel of this id on your route")
    public ConsignmentView failed(@PathParam("id") String id,
                                  @Valid @NotNull(message = "a reason is required") FailRequest failure) {
        Consignment c = rounds.fail(caller.carrier(), courier(), id, failure.reason());
        return ConsignmentViews.of(c, null);
    }

    /** The signed-in courier's user name; a dispatcher without the courier role drives nothing (403). */
    private String courier() {
        if (!caller.claims().realmRoles().contains(COURIER)) {
            throw new ForbiddenException("this is for the carrier's couriers (role " + COURIER + ")");
        }
        return caller.claims().username();
    }

    private String compartmentOf(Consignment c) {
        return c.reservation() == null ? null
                : reservations.compartmentName(reservations.get(c.reservation(), c.retailer()));
    }
}
