package io.lockernet.core.rest.delivery;

import io.lockernet.api.core.ReservationView;
import io.lockernet.api.delivery.CollectRequest;
import io.lockernet.api.delivery.ConsignRequest;
import io.lockernet.api.delivery.ConsignmentView;
import io.lockernet.api.rest.OpenApiConventions;
import io.lockernet.core.delivery.boundary.Consignments;
import io.lockernet.core.delivery.entity.Consignment;
import io.lockernet.core.reservation.boundary.Reservations;
import io.lockernet.core.reservation.entity.Reservation;
import io.lockernet.core.rest.Caller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A retailer hands parcels to a carrier for its lockers, follows them, and gets each one's pickup code once it is in;
 * and has a carrier collect parcels waiting in its lockers.
 */
@Path("/partner/consignments")
@RequestScoped
@Tag(name = "core-partner")
@SecurityRequirement(name = OpenApiConventions.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class PartnerConsignmentsResource {

    private static final String NONE = "No such consignment of this retailer";

    @EJB
    Consignments consignments;

    @EJB
    Reservations reservations;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "consignParcel", summary = "Hand a parcel to a carrier for a locker",
            description = "The carrier's couriers bring it to one of the lockers named (the first is the customer's "
                    + "choice; another only when that one is offline or full). Its route is planned within seconds: a "
                    + "compartment of its size is then held for it (state ROUTED, with the courier and an ETA). Once the "
                    + "courier has put it in (DEPOSITED), ask for the customer's pickup code (POST …/{id}/pickup-code). "
                    + "403 for a locker the retailer may not use; 409 when this parcelRef was consigned before.")
    @APIResponseSchema(value = ConsignmentView.class, responseCode = "201", responseDescription = "Consigned: WAITING "
            + "for its route")
    @APIResponse(responseCode = "400", description = "A missing or malformed field")
    @APIResponse(responseCode = "403", description = "A locker outside the retailer's scope")
    @APIResponse(responseCode = "404", description = "No such locker")
    @APIResponse(responseCode = "409", description = "This parcelRef was handed to a carrier before")
    public Response consign(@Valid @NotNull(message = "a consignment is required") ConsignRequest request) {
        Consignment c = consignments.consign(caller.retailer(), request.parcelRef(), request.carrier(), request.size(),
                request.lockers(), caller.client());
        return Response.created(uri.getAbsolutePathBuilder().path(c.id()).build())
                .entity(ConsignmentViews.of(c, null)).build();
    }

    @POST
    @Path("collections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "collectParcel", summary = "Have a carrier take a parcel out of a locker and bring it back",
            description = "For a parcel the retailer's reservation holds in its compartment (DEPOSITED): a customer's "
                    + "return dropped off, or a parcel its customer never collected. The carrier's couriers come for it "
                    + "on their route, planned within seconds (ROUTED, with the courier and an ETA); the courier's "
                    + "retrieval ends the reservation as RETRIEVED, exactly as a store employee's would, and the "
                    + "consignment is COLLECTED. Should the retailer's staff take it out first, or its customer pick it "
                    + "up, the collection is called off: FAILED with a note. Asked again for the same carrier while it "
                    + "is under way, the answer is that collection (200): a lost answer may be asked for again. 404 for "
                    + "a reservation not the retailer's; 409 when the compartment holds no parcel, another carrier is "
                    + "to collect it already, or its locker has no site (coordinates) for couriers.")
    @APIResponseSchema(value = ConsignmentView.class, responseCode = "201", responseDescription = "To be collected: "
            + "WAITING for its route")
    @APIResponse(responseCode = "200", description = "Asked before for this carrier: the collection under way")
    @APIResponse(responseCode = "400", description = "A missing or malformed field")
    @APIResponse(responseCode = "404", description = "No such reservation of this retailer")
    @APIResponse(responseCode = "409", description = "Nothing in the compartment, another carrier collecting it, or a "
            + "locker without a site")
    public Response collect(@Valid @NotNull(message = "a collection is required") CollectRequest request) {
        Consignments.Collection asked = consignments.collect(caller.retailer(), request.reservation(),
                request.carrier());
        Consignment c = asked.consignment();
        return (asked.created() ? Response.created(uri.getBaseUriBuilder().path(PartnerConsignmentsResource.class)
                .path(c.id()).build()) : Response.ok()).entity(view(c)).build();
    }

    @GET
    @Operation(operationId = "listConsignments", summary = "The retailer's consignments, newest first (at most 500)")
    @APIResponse(responseCode = "200", description = "The consignments")
    @APIResponse(responseCode = "403", description = "The client belongs to no single retailer")
    public List<ConsignmentView> list() {
        return consignments.of(caller.retailer(), 500).stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getConsignment", summary = "One consignment: its state, locker, courier and ETA")
    @APIResponseSchema(value = ConsignmentView.class, responseCode = "200", responseDescription = "The consignment")
    @APIResponse(responseCode = "404", description = NONE)
    public ConsignmentView get(@PathParam("id") String id) {
        return view(consignments.get(caller.retailer(), id));
    }

    @POST
    @Path("{id}/pickup-code")
    @Operation(operationId = "issueConsignmentPickupCode", summary = "A pickup code for the customer, once the parcel is in",
            description = "Answers the reservation of the parcel's compartment with a new pickupCode: the Core keeps "
                    + "only its hash, and each call replaces the code before it (ask again if an answer was lost; only "
                    + "the last code opens). Tell the customer; the code opens the compartment at the locker's keypad "
                    + "once. 409 before the courier has put the parcel in, and after it was collected.")
    @APIResponseSchema(value = ReservationView.class, responseCode = "200", responseDescription = "The reservation "
            + "with the pickup code")
    @APIResponse(responseCode = "404", description = NONE)
    @APIResponse(responseCode = "409", description = "Not in its compartment yet, or collected already")
    public ReservationView pickupCode(@PathParam("id") String id) {
        Consignments.PickupCode issued = consignments.pickupCode(caller.retailer(), id);
        Reservation r = issued.reservation();
        return new ReservationView(r.id(), r.locker(), issued.compartment(), null, r.state().name(), r.parcelRef(),
                r.createdAt(), r.expiresAt(), r.depositedAt(), r.endedAt(), r.codeUsedAt() != null, issued.code(),
                r.purpose().name());
    }

    private ConsignmentView view(Consignment c) {
        String compartment = c.reservation() == null ? null
                : reservations.compartmentName(reservations.get(c.reservation(), c.retailer()));
        return ConsignmentViews.of(c, compartment);
    }
}
