package io.lockernet.core.rest.reservation;

import io.lockernet.api.core.CodeEntryView;
import io.lockernet.core.locker.boundary.Lockers;
import io.lockernet.core.reservation.boundary.Reservations;
import io.lockernet.core.reservation.entity.CodeOutcome;
import io.lockernet.core.rest.Caller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Pickup codes typed on a locker's keypad, passed on by the Shepherd the locker is connected to. */
@Path("/shepherd/lockers/{id}/code-entries")
@RequestScoped
@Tag(name = "core-shepherd")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShepherdCodeEntriesResource {

    @EJB
    Reservations reservations;

    @EJB
    Lockers lockers;

    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "checkPickupCode",
            summary = "Check a pickup code", description = "Accepted: the compartment and the impulse that opens "
            + "it (the command follows on the Shepherd's queue). Refused: a reason for the keypad. Repeated wrong "
            + "codes lock the locker's keypad out. Only the Shepherd holding the locker's connection may ask.")
    @APIResponse(responseCode = "200", description = "Accepted with the compartment and impulse, or refused with a "
            + "reason")
    @APIResponse(responseCode = "400", description = "The code is not 4 to 12 digits")
    @APIResponse(responseCode = "403", description = "The locker is connected through another Shepherd")
    @APIResponse(responseCode = "404", description = "No such locker")
    public CodeEntryView enter(@PathParam("id") String locker, CodeEntryView entry) {
        if (entry == null || entry.code() == null || !entry.code().matches("[0-9]{4,12}")) {
            throw new BadRequestException("code must be 4 to 12 digits");
        }
        String shepherd = lockers.get(locker).route();
        if (!shepherd.equals(caller.client())) {
            throw new ForbiddenException("locker " + locker + " is connected through " + shepherd + ", not "
                    + caller.client());
        }
        CodeOutcome outcome = reservations.enterCode(locker, entry.code());
        return new CodeEntryView(null, outcome.accepted(), outcome.compartment(), outcome.impulse(), outcome.reason());
    }
}
