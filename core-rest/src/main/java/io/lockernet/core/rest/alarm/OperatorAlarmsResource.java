package io.lockernet.core.rest.alarm;

import io.lockernet.api.core.AlarmEntryView;
import io.lockernet.api.core.AlarmView;
import io.lockernet.api.core.Assignee;
import io.lockernet.api.core.Comment;
import io.lockernet.api.core.Resolution;
import io.lockernet.core.alarm.control.Alarms;
import io.lockernet.core.alarm.entity.Alarm;
import io.lockernet.core.alarm.entity.AlarmKind;
import io.lockernet.core.locker.boundary.Isolation;
import io.lockernet.core.rest.Caller;
import io.lockernet.core.rest.OperatorAccess;
import io.lockernet.core.rest.Permission;
import io.lockernet.core.rest.Requires;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Alarms to closure: open alarms, one per problem with a count; acknowledged, assigned, commented, the locker of one
 * isolated, resolved with a reason; each step in the alarm's history (and, as every change here, in the operators'
 * audit log).
 */
@Path("/operator/alarms")
@RequestScoped
@Tag(name = "core-operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorAlarmsResource {

    @EJB
    Alarms alarms;

    @EJB
    Isolation isolation;

    @Inject
    Caller caller;

    @Inject
    OperatorAccess access;

    @GET
    @Operation(operationId = "listOpenAlarms", summary = "Open alarms, most recently raised first (at most 200)",
            description = "The same kind of alarm for the same subject is counted on the open alarm (times, "
                    + "lastRaisedAt), not listed again. ?locker= lists those of one locker; ?state=resolved the 100 "
                    + "latest resolved instead. An operator working in regions sees the alarms of their regions' "
                    + "lockers only.")
    @APIResponse(responseCode = "200", description = "The alarms")
    @Requires(Permission.READ_ALARMS)
    public List<AlarmView> open(@QueryParam("locker") String locker, @QueryParam("state") String state) {
        if ("resolved".equals(state)) {
            return alarms.resolved(100).stream().filter(a -> locker == null || locker.equals(a.locker()))
                    .filter(a -> access.sees(a.locker())).map(a -> view(a, null)).toList();
        }
        if (state != null && !"open".equals(state)) {
            throw new BadRequestException("state is open (the default) or resolved");
        }
        if (locker != null) {
            access.requireLocker(locker);
            return alarms.open(locker).stream().map(a -> view(a, null)).toList();
        }
        return alarms.open().stream().filter(a -> access.sees(a.locker())).map(a -> view(a, null)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAlarm", summary = "One alarm with its history")
    @APIResponse(responseCode = "200", description = "The alarm")
    @APIResponse(responseCode = "404", description = "No such alarm")
    @Requires(Permission.READ_ALARMS)
    public AlarmView get(@PathParam("id") long id) {
        Alarm alarm = within(alarms.find(id), id);
        return view(alarm, alarms.history(id));
    }

    @POST
    @Path("{id}/acknowledgement")
    @Operation(operationId = "acknowledgeAlarm", summary = "Say you are on an alarm",
            description = "The first acknowledgement counts (who, when); later ones change nothing.")
    @APIResponse(responseCode = "200", description = "The alarm, acknowledged")
    @APIResponse(responseCode = "404", description = "No such alarm")
    @APIResponse(responseCode = "409", description = "The alarm is resolved")
    @Requires(Permission.HANDLE_ALARMS)
    public AlarmView acknowledge(@PathParam("id") long id) {
        within(alarms.find(id), id);
        return detailed(alarms.acknowledge(id, caller.claims().username()), id);
    }

    @PUT
    @Path("{id}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignAlarm", summary = "Give an alarm to an operator",
            description = "Body {\"assignee\": \"fleet-north\"}; null gives it to nobody. Assigning acknowledges it.")
    @APIResponse(responseCode = "200", description = "The alarm, assigned")
    @APIResponse(responseCode = "400", description = "Not a user name")
    @APIResponse(responseCode = "404", description = "No such alarm")
    @APIResponse(responseCode = "409", description = "The alarm is resolved")
    @Requires(Permission.HANDLE_ALARMS)
    public AlarmView assign(@PathParam("id") long id,
                            @Valid @NotNull(message = "a body is required") Assignee body) {
        within(alarms.find(id), id);
        return detailed(alarms.assign(id, body.assignee(), caller.claims().username()), id);
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "commentOnAlarm", summary = "Add a comment to an alarm's history",
            description = "Body {\"text\": \"…\"}, at most 500 characters; also on a resolved alarm.")
    @APIResponse(responseCode = "200", description = "The alarm with its history")
    @APIResponse(responseCode = "400", description = "No text, or too long")
    @APIResponse(responseCode = "404", description = "No such alarm")
    @Requires(Permission.HANDLE_ALARMS)
    public AlarmView comment(@PathParam("id") long id, @Valid @NotNull(message = "a body is required") Comment body) {
        within(alarms.find(id), id);
        return detailed(alarms.comment(id, body.text(), caller.claims().username()), id);
    }

    @POST
    @Path("{id}/isolation")
    @Operation(operationId = "isolateAlarmLocker", summary = "Isolate whom an alarm is about: a client or a locker",
            description = "For an attempt beyond a retailer's scope (OUT_OF_SCOPE): the client that made it (the "
                    + "alarm's subject), never the locker it reached for: its Keycloak client is suspended and the Core "
                    + "refuses its requests with 403, the tokens it holds included, until a network admin lifts it "
                    + "(DELETE /operator/isolated-clients/{client}); isolating a client takes retailer.manage besides "
                    + "alarm.handle (403 otherwise). For a locker that impersonates another, floods, connects twice or "
                    + "was tampered with: its Keycloak client locker-<id> is suspended (it gets no token), its live "
                    + "link is closed with 4403, and no Shepherd admits it; commissioning it again (a new secret) "
                    + "lifts it.")
    @APIResponse(responseCode = "200", description = "The alarm with its history")
    @APIResponse(responseCode = "404", description = "No such alarm")
    @APIResponse(responseCode = "403", description = "Outside your regions; a client, without retailer.manage")
    @APIResponse(responseCode = "409", description = "The alarm is resolved, or names nobody to isolate")
    @APIResponse(responseCode = "502", description = "Keycloak could not be reached; try again")
    @Requires(Permission.HANDLE_ALARMS)
    public AlarmView isolate(@PathParam("id") long id) {
        Alarm alarm = within(alarms.find(id), id);
        if (alarm.kind() == AlarmKind.OUT_OF_SCOPE) {
            // a retailer's client serves all its stores, in every region: cutting it off is a network admin's call
            access.requireAlso(Permission.MANAGE_RETAILERS);
        }
        return detailed(isolation.isolate(id, caller.claims().username()), id);
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
        within(alarms.find(id), id);
        return detailed(alarms.resolve(id, caller.claims().username(), body.resolution()), id);
    }

    /** The alarm, if the caller may see it: one about a locker outside their regions is refused as out of scope. */
    private Alarm within(Optional<Alarm> alarm, long id) {
        alarm.ifPresent(a -> access.requireLocker(a.locker()));
        return alarm.orElseThrow(() -> new NotFoundException("There is no alarm " + id + "."));
    }

    private AlarmView detailed(Optional<Alarm> alarm, long id) {
        return view(alarm.orElseThrow(() -> new NotFoundException("There is no alarm " + id + ".")),
                alarms.history(id));
    }

    private static AlarmView view(Alarm a, List<io.lockernet.core.alarm.entity.AlarmEntry> history) {
        return new AlarmView(a.id(), a.kind().name(), a.locker(), a.compartment(), a.subject(), a.detail(), a.times(),
                a.raisedAt(), a.lastRaisedAt(), a.open(), a.acknowledgedAt(), a.acknowledgedBy(), a.assignee(),
                a.resolvedAt(), a.resolvedBy(), a.resolution(), history == null ? null : history.stream()
                        .map(e -> new AlarmEntryView(e.at(), e.actor(), e.action().name(), e.text())).toList());
    }
}
