package io.lockernet.core.rest.link;

import io.lockernet.api.core.Assignee;
import io.lockernet.api.core.Comment;
import io.lockernet.api.core.Resolution;
import io.lockernet.api.core.ServiceTicketView;
import io.lockernet.core.link.boundary.LinkHealth;
import io.lockernet.core.link.boundary.Tickets;
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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * Service tickets to closure, as alarms: the tickets, one with its history; acknowledged, assigned, commented,
 * resolved with what was done; each step in the ticket's history (and, as every change here, in the operators' audit
 * log). A ticket stands where its locker stands: one outside the caller's regions is refused before anything else.
 */
@Path("/operator/service-tickets")
@RequestScoped
@Tag(name = "core-operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorTicketsResource {

    @EJB
    LinkHealth links;

    @EJB
    Tickets tickets;

    @Inject
    Caller caller;

    @Inject
    OperatorAccess access;

    @GET
    @Operation(operationId = "listServiceTickets", summary = "Service tickets, newest first",
            description = "A locker whose link keeps dropping gets one LINK_FLAPPING ticket, not one per drop; it "
                    + "closes by itself once the link has been stable for a while, or an operator resolves it. "
                    + "?open=true (or ?state=open) lists open ones only; ?state=closed the 100 latest closed, newest "
                    + "closed first; ?locker= those of one locker. An operator working in regions sees those of "
                    + "their regions.")
    @APIResponse(responseCode = "200", description = "The tickets")
    @APIResponse(responseCode = "400", description = "state is neither open nor closed")
    @Requires(Permission.READ_TICKETS)
    public List<ServiceTicketView> list(@QueryParam("open") @DefaultValue("false") boolean open,
                                        @QueryParam("state") String state, @QueryParam("locker") String locker) {
        if (state != null && !List.of("open", "closed").contains(state)) {
            throw new BadRequestException("state is open or closed");
        }
        if (locker != null) {
            access.requireLocker(locker);
        }
        List<ServiceTicketView> listed = "closed".equals(state) ? tickets.closed(100)
                : links.tickets(open || "open".equals(state));
        return listed.stream().filter(t -> locker == null ? access.sees(t.locker()) : locker.equals(t.locker()))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getServiceTicket", summary = "One service ticket with its history")
    @APIResponse(responseCode = "200", description = "The ticket")
    @APIResponse(responseCode = "404", description = "No such ticket")
    @Requires(Permission.READ_TICKETS)
    public ServiceTicketView get(@PathParam("id") long id) {
        within(id);
        return found(tickets.find(id), id);
    }

    @POST
    @Path("{id}/acknowledgement")
    @Operation(operationId = "acknowledgeServiceTicket", summary = "Say you are on a service ticket",
            description = "The first acknowledgement counts (who, when); later ones change nothing.")
    @APIResponse(responseCode = "200", description = "The ticket, acknowledged, with its history")
    @APIResponse(responseCode = "404", description = "No such ticket")
    @APIResponse(responseCode = "409", description = "The ticket is closed")
    @Requires(Permission.HANDLE_TICKETS)
    public ServiceTicketView acknowledge(@PathParam("id") long id) {
        within(id);
        return found(tickets.acknowledge(id, caller.claims().username()), id);
    }

    @PUT
    @Path("{id}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignServiceTicket", summary = "Give a service ticket to an operator",
            description = "Body {\"assignee\": \"fleet-north\"}; null gives it to nobody. Assigning acknowledges it.")
    @APIResponse(responseCode = "200", description = "The ticket, assigned, with its history")
    @APIResponse(responseCode = "400", description = "Not a user name")
    @APIResponse(responseCode = "404", description = "No such ticket")
    @APIResponse(responseCode = "409", description = "The ticket is closed")
    @Requires(Permission.HANDLE_TICKETS)
    public ServiceTicketView assign(@PathParam("id") long id,
                                    @Valid @NotNull(message = "a body is required") Assignee body) {
        within(id);
        return found(tickets.assign(id, body.assignee(), caller.claims().username()), id);
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "commentOnServiceTicket", summary = "Add a comment to a service ticket's history",
            description = "Body {\"text\": \"…\"}, at most 500 characters; also on a closed ticket.")
    @APIResponse(responseCode = "200", description = "The ticket with its history")
    @APIResponse(responseCode = "400", description = "No text, or too long")
    @APIResponse(responseCode = "404", description = "No such ticket")
    @Requires(Permission.HANDLE_TICKETS)
    public ServiceTicketView comment(@PathParam("id") long id,
                                     @Valid @NotNull(message = "a body is required") Comment body) {
        within(id);
        return found(tickets.comment(id, body.text(), caller.claims().username()), id);
    }

    @POST
    @Path("{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resolveServiceTicket", summary = "Close a service ticket with what was done",
            description = "Body: {\"resolution\": \"what was done\"}. The next problem of the same kind at the locker "
                    + "is a new ticket.")
    @APIResponse(responseCode = "200", description = "The ticket, closed, with its history")
    @APIResponse(responseCode = "400", description = "No resolution, or one longer than 500 characters")
    @APIResponse(responseCode = "404", description = "No such ticket")
    @APIResponse(responseCode = "409", description = "The ticket is already closed")
    @Requires(Permission.HANDLE_TICKETS)
    public ServiceTicketView resolve(@PathParam("id") long id,
                                     @Valid @NotNull(message = "a body is required") Resolution body) {
        within(id);
        return found(tickets.resolve(id, caller.claims().username(), body.resolution()), id);
    }

    /** Refuses a ticket about a locker outside the caller's regions (403) and an unknown one (404). */
    private void within(long id) {
        access.requireLocker(tickets.lockerOf(id).orElseThrow(() -> notFound(id)));
    }

    private static ServiceTicketView found(Optional<ServiceTicketView> ticket, long id) {
        return ticket.orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("There is no service ticket " + id + ".");
    }
}
