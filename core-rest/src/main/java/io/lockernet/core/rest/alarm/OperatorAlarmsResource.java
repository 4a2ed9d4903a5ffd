package io.lockernet.core.rest.alarm;

import io.lockernet.api.core.AlarmView;
import io.lockernet.api.core.Resolution;
import io.lockernet.core.alarm.control.Alarms;
import io.lockernet.core.alarm.entity.Alarm;
import io.lockernet.core.rest.Caller;
import io.lockernet.core.rest.OperatorAccess;
import io.lockernet.core.rest.Permission;
import io.lockernet.core.rest.Requires;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Open alarms, one per problem with a count, and their resolution. */
@Path("/operator/alarms")
@RequestScoped
@Tag(name = "core-operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorAlarmsResource {

    @EJB
    Alarms alarms;

    @Inject
    Caller caller;

    @Inject
    OperatorAccess access;

    @GET
    @Operation(operationId = "listOpenAlarms", summary = "Open alarms, most recently raised first (at most 200)",
            description = "The same kind of alarm for the same subject is counted on the open alarm (times, "
                    + "lastRaisedAt), not listed again. ?locker= lists those of one locker. An operator working in "
                    + "regions sees the alarms of their regions' lockers only.")
    @Requires(Permission.READ_ALARMS)
    public List<AlarmView> open(@QueryParam("locker") String locker) {
        if (locker != null) {
            access.requireLocker(locker);
            return alarms.open(locker).stream().map(OperatorAlarmsResource::view).toList();
        }
        return alarms.open().stream().filter(a -> access.sees(a.locker())).map(OperatorAlarmsResource::view).toList();
    }

    @POST
    @Path("{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resolveAlarm", summary = "Resolve an alarm", description = "Body: {\"resolution\": "
            + "\"what was done\"}. The next alarm of the same kind and subject is a new one.")
    @APIResponse(responseCode = "200", description = "The alarm, resolved")
    @APIResponse(responseCode = "400", description = "No resolution, or one longer than 500 characters")
    @APIResponse(responseCode = "404", description = "No such alarm")
    @Requires(Permission.HANDLE_ALARMS)
    public AlarmView resolve(@PathParam("id") long id, @Valid @NotNull(message = "a body is required") Resolution body) {
        alarms.find(id).ifPresent(alarm -> access.requireLocker(alarm.locker()));
        return view(alarms.resolve(id, caller.claims().username(), body.resolution())
                .orElseThrow(() -> new NotFoundException("There is no alarm " + id + ".")));
    }

    private static AlarmView view(Alarm a) {
        return new AlarmView(a.id(), a.kind().name(), a.locker(), a.compartment(), a.subject(), a.detail(), a.times(),
                a.raisedAt(), a.lastRaisedAt(), a.open());
    }
}
