package io.lockernet.partner.compartment.boundary;

import io.lockernet.api.core.ImpulseView;
import io.lockernet.api.core.LockerView;
import io.lockernet.api.rest.OpenApiConventions;
import io.lockernet.partner.compartment.control.CompartmentHolds;
import io.lockernet.partner.compartment.control.CompartmentOpener;
import io.lockernet.partner.compartment.control.StaffActions;
import io.lockernet.partner.platform.StaffMember;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The lockers a store may use, and opening their compartments. */
@Path("/lockers")
@RequestScoped
@Tag(name = "partner")
@SecurityRequirement(name = OpenApiConventions.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class LockersResource {

    private static final String MANAGER = "store-manager";
    private static final String OTHER_LOCKER = "a locker outside this retailer's scope or at a store the caller does "
            + "not serve";

    @Inject
    StaffActions actions;

    @Inject
    CompartmentHolds holds;

    @Inject
    io.lockernet.partner.platform.CoreClient core;

    @Inject
    CompartmentOpener opener;

    @Inject
    StaffMember staff;

    @GET
    @Operation(operationId = "listLockers",
            summary = "Lockers this retailer may use, their compartments and whether they are online",
            description = "Staff of some stores see only the lockers at their stores.")
    public List<LockerView> lockers() {
        return staff.scope().reachable(core.lockers());
    }

    @POST
    @Path("{locker}/compartments/{compartment}/open")
    @Operation(operationId = "openCompartment",
            summary = "Open a compartment and wait until the locker's door sensor sees it open",
            description = "200 with the impulse (state DOOR_OPEN or later) once the door was seen open. 409 when "
                    + "the Core refused (busy, offline, out of service), 403 for a locker outside this retailer's "
                    + "scope or at a store the caller does not serve, 504 when the door was not seen open by the deadline. Errors carry the impulse id.")
    @APIResponseSchema(value = ImpulseView.class, responseCode = "200",
            responseDescription = "The door was seen open: the impulse, DOOR_OPEN or later")
    @APIResponse(responseCode = "403", description = OTHER_LOCKER)
    @APIResponse(responseCode = "404", description = "No such compartment in the locker")
    @APIResponse(responseCode = "409", description = "Refused (busy, offline, out of service), or held for a parcel")
    @APIResponse(responseCode = "504", description = "Not confirmed in time")
    public void open(@PathParam("locker") String locker, @PathParam("compartment") String compartment,
                     @Suspended AsyncResponse response) {
        staff.checkLocker(locker);
        if (holds.held(locker, compartment)) {
            throw new ClientErrorException("compartment " + compartment + " of " + locker + " is held for a parcel of "
                    + "this retailer: it opens for its deposit, pickup, return or retrieval, or for a store manager's "
                    + "emergency open", Response.Status.CONFLICT);
        }
        OpenAnswers.resumeWhenOpen(opener.open(locker, compartment, staff.claims()), response);
    }

    /** Why a store manager opens a compartment outside the normal flows. */
    public record EmergencyRequest(@Schema(example = "customer's child locked in B4") String reason) {
    }

    @POST
    @Path("{locker}/compartments/{compartment}/emergency-open")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "emergencyOpenCompartment",
            summary = "Emergency open by a store manager, with a reason; recorded",
            description = "Body {\"reason\":\"customer's child locked in B4\"} (10 to 500 characters). Opens whatever "
                    + "this retailer holds in the compartment (a parcel stays deposited); recorded with the manager and "
                    + "the reason, listed at GET …/lockers/emergency-opens. Answers as an ordinary open; 403 for "
                    + "anyone but a store manager.")
    @APIResponseSchema(value = ImpulseView.class, responseCode = "200",
            responseDescription = "The door was seen open: the impulse, DOOR_OPEN or later")
    @APIResponse(responseCode = "400", description = "No reason, or too long")
    @APIResponse(responseCode = "403", description = "Not a store manager; " + OTHER_LOCKER)
    @APIResponse(responseCode = "404", description = "No such compartment in the locker")
    @APIResponse(responseCode = "409", description = "Refused (busy, offline, out of service)")
    @APIResponse(responseCode = "504", description = "Not confirmed in time")
    public void emergencyOpen(@PathParam("locker") String locker, @PathParam("compartment") String compartment,
                              EmergencyRequest request, @Context SecurityContext security,
                              @Suspended AsyncResponse response) {
        if (!security.isUserInRole(MANAGER)) {
            throw new ForbiddenException("emergency opens are for store managers (role " + MANAGER + ")");
        }
        String reason = request == null || request.reason() == null ? "" : request.reason().strip();
        if (reason.length() < 10 || reason.length() > 500 || reason.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequestException("an emergency open needs a reason of 10 to 500 characters, "
                    + "without control characters");
        }
        OpenAnswers.resumeWhenOpen(opener.emergencyOpen(locker, compartment, staff.claims(), reason), response);
    }

    @GET
    @Path("emergency-opens")
    @Operation(operationId = "listEmergencyOpens",
            summary = "The latest emergency opens (at most 200): who, where, why, how it ended; store managers only",
            description = "Managers of some stores see those at their stores' lockers.")
    @APIResponse(responseCode = "200", description = "The emergency opens, newest first")
    @APIResponse(responseCode = "403", description = "Not a store manager")
    public List<StaffActions.EmergencyOpen> emergencyOpens(@Context SecurityContext security) {
        if (!security.isUserInRole(MANAGER)) {
            throw new ForbiddenException("the emergency opens are for store managers (role " + MANAGER + ")");
        }
        return actions.emergencyOpens(200, staff.reachableLockers());
    }

}
