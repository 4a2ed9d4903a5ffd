package io.lockernet.core.rest.reservation;

import io.lockernet.core.locker.entity.Compartment;
import io.lockernet.core.reservation.boundary.CompartmentService;
import io.lockernet.core.rest.Caller;
import io.lockernet.core.rest.OperatorAccess;
import io.lockernet.core.rest.Permission;
import io.lockernet.core.rest.Requires;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Operators take a compartment out of service and put it back (the class path is the operator area's root, as in the
 * other operator resources).
 */
@Path("/operator")
@RequestScoped
@Tag(name = "core-operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorCompartmentServiceResource {

    @EJB
    CompartmentService service;

    @Inject
    Caller caller;

    @Inject
    OperatorAccess access;

    /** In service or not; out of service needs a note saying why (shown to operators, never sent to retailers). */
    public record ServiceState(
            @NotNull(message = "is required") Boolean inService,
            @Size(max = 200, message = "has at most 200 characters")
            @Pattern(regexp = "[^\\p{Cntrl}]*", message = "may not hold control characters") String note) {
    }

    @PUT
    @Path("lockers/{id}/compartments/{compartment}/service")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setCompartmentService", summary = "Take a compartment out of service, or put it back",
            description = "Body {\"inService\":false,\"note\":\"hinge broken\"} or {\"inService\":true}. Out of "
                    + "service, the compartment is offered for no reservation and opened by no impulse; a parcel in it "
                    + "stays its customer's. Back in service, it takes the state its reservation says. Every app sees "
                    + "the change at once; the retailers that use the locker get compartment.out-of-service or "
                    + "compartment.back-in-service. Setting the state it has already changes nothing.")
    @APIResponse(responseCode = "200", description = "{\"locker\",\"compartment\",\"state\",\"note\"}")
    @APIResponse(responseCode = "400", description = "inService missing; out of service without a note")
    @APIResponse(responseCode = "404", description = "No such locker or compartment")
    @Requires(Permission.OPERATE_LOCKERS)
    public JsonObject put(@PathParam("id") String locker, @PathParam("compartment") String compartment,
                          @NotNull(message = "is required") @Valid ServiceState wanted) {
        access.requireLocker(locker);
        if (!wanted.inService() && (wanted.note() == null || wanted.note().isBlank())) {
            throw new BadRequestException("note says why the compartment is out of service");
        }
        Compartment changed = service.change(locker, compartment, wanted.inService(),
                wanted.inService() ? null : wanted.note().strip(), caller.claims().username());
        return Json.createObjectBuilder().add("locker", changed.locker()).add("compartment", changed.name())
                .add("state", changed.state().name())
                .add("note", changed.serviceNote() == null ? "" : changed.serviceNote()).build();
    }
}
