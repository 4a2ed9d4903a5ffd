package io.lockernet.partner.compartment.boundary;

import io.lockernet.api.core.ImpulseView;
import io.lockernet.api.core.LockerView;
import io.lockernet.api.problem.Problem;
import io.lockernet.partner.compartment.control.CompartmentOpener;
import io.lockernet.partner.platform.StaffMember;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The lockers a store may use, and opening their compartments. */
@Path("/lockers")
@RequestScoped
@Tag(name = "partner")
@Produces(MediaType.APPLICATION_JSON)
public class LockersResource {

    private static final Set<String> OPENED = Set.of("DOOR_OPEN", "DOOR_CLOSED");

    @Inject
    io.lockernet.partner.platform.CoreClient core;

    @Inject
    CompartmentOpener opener;

    @Inject
    StaffMember staff;

    @GET
    @Operation(summary = "Lockers this retailer may use, their compartments and whether they are online")
    public List<LockerView> lockers() {
        return core.lockers();
    }

    @POST
    @Path("{locker}/compartments/{compartment}/open")
    @Operation(summary = "Open a compartment and wait until the locker's door sensor sees it open",
            description = "200 with the impulse (state DOOR_OPEN or later) once the door was seen open. 409 when "
                    + "the Core refused (busy, offline, out of service), 403 for a locker outside this retailer's "
                    + "scope, 504 when the door was not seen open by the deadline. Errors carry the impulse id.")
    @APIResponse(responseCode = "200", description = "The door was seen open")
    @APIResponse(responseCode = "409", description = "Refused")
    @APIResponse(responseCode = "504", description = "Not confirmed in time")
    public void open(@PathParam("locker") String locker, @PathParam("compartment") String compartment,
                     @Suspended AsyncResponse response) {
        opener.open(locker, compartment, staff.claims()).whenComplete((impulse, error) -> {
            if (error != null) {
                response.resume(error);
            } else if (OPENED.contains(impulse.state())) {
                response.resume(Response.ok(impulse).build());
            } else {
                response.resume(notOpened(impulse));
            }
        });
    }

    private static Response notOpened(ImpulseView impulse) {
        boolean gaveUp = !Set.of("REFUSED", "EXPIRED", "FAILED").contains(impulse.state());
        int status = gaveUp ? 504 : 409;
        String detail = gaveUp
                ? "the locker did not confirm the door open in time; the impulse is " + impulse.state()
                : "the door did not open: " + impulse.state() + (impulse.reason() == null ? "" : " (" + impulse.reason() + ")");
        Problem problem = Problem.of(status, gaveUp ? "Not confirmed" : "Not opened", detail).withImpulse(impulse.id());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

}
