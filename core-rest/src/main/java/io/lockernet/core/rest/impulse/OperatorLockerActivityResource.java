package io.lockernet.core.rest.impulse;

import io.lockernet.api.core.DeviceEventView;
import io.lockernet.api.core.ImpulseView;
import io.lockernet.core.device.boundary.LockerActivity;
import io.lockernet.core.rest.ImpulseViews;
import io.lockernet.core.rest.OperatorAccess;
import io.lockernet.core.rest.Permission;
import io.lockernet.core.rest.Requires;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What happened at one locker lately: the impulses sent to it and the frames it sent, newest first. */
@Path("/operator")
@RequestScoped
@Tag(name = "core-operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorLockerActivityResource {

    @EJB
    LockerActivity activity;

    @Inject
    OperatorAccess access;

    @GET
    @Path("lockers/{id}/impulses")
    @Operation(operationId = "listLockerImpulses", summary = "A locker's latest impulses, newest first",
            description = "Each with every step of its life, who asked and through which application, as "
                    + "GET /impulses/{id} shows one. ?limit= from 1 to 200, 20 unless given.")
    @APIResponse(responseCode = "200", description = "The latest impulses", content = @Content(schema = @Schema(
            type = SchemaType.ARRAY, implementation = ImpulseView.class)))
    @APIResponse(responseCode = "400", description = "limit is not between 1 and 200")
    @APIResponse(responseCode = "403", description = "The locker is not in the caller's regions")
    @APIResponse(responseCode = "404", description = "No such locker")
    @Requires(Permission.READ_IMPULSES)
    public List<ImpulseView> impulses(@PathParam("id") String locker,
                                      @QueryParam("limit") @DefaultValue("20")
                                      @Min(value = 1, message = "is at least 1")
                                      @Max(value = 200, message = "is at most 200") int limit) {
        access.requireLocker(locker);
        return activity.impulses(locker, limit).stream().map(ImpulseViews::of).toList();
    }

    @GET
    @Path("lockers/{id}/events")
    @Operation(operationId = "listLockerEvents", summary = "A locker's latest device events, newest first",
            description = "The frames it sent as the Core recorded them (doors, locks, keypad, sensors), by their "
                    + "sequence numbers. ?limit= from 1 to 200, 50 unless given.")
    @APIResponse(responseCode = "200", description = "The latest events", content = @Content(schema = @Schema(
            type = SchemaType.ARRAY, implementation = DeviceEventView.class)))
    @APIResponse(responseCode = "400", description = "limit is not between 1 and 200")
    @APIResponse(responseCode = "403", description = "The locker is not in the caller's regions")
    @APIResponse(responseCode = "404", description = "No such locker")
    @Requires(Permission.READ_LOCKERS)
    public List<DeviceEventView> events(@PathParam("id") String locker,
                                        @QueryParam("limit") @DefaultValue("50")
                                        @Min(value = 1, message = "is at least 1")
                                        @Max(value = 200, message = "is at most 200") int limit) {
        access.requireLocker(locker);
        return activity.events(locker, limit);
    }
}
