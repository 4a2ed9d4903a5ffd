package io.lockernet.core.rest.locker;

import io.lockernet.api.core.Assignment;
import io.lockernet.api.core.CompartmentView;
import io.lockernet.api.core.FleetLockerView;
import io.lockernet.api.core.LockerCredentials;
import io.lockernet.api.core.LockerRegistration;
import io.lockernet.api.core.LockerSite;
import io.lockernet.core.locker.boundary.LockerDecommissioning;
import io.lockernet.core.locker.boundary.Lockers;
import io.lockernet.core.locker.control.LockerAccounts;
import io.lockernet.core.locker.entity.Locker;
import io.lockernet.core.locker.entity.Site;
import io.lockernet.core.reservation.boundary.Reservations;
import io.lockernet.core.rest.Caller;
import io.lockernet.core.rest.OperatorAccess;
import io.lockernet.core.rest.Permission;
import io.lockernet.core.rest.Requires;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Operators enter lockers into the fleet: where each stands, its Shepherds, the retailers that may use it; they
 * take lockers out of it, and lift a keypad's lockout. The class
 * path is the operator area's root, as in the other operator resources: a root of {@code /operator/lockers/{id}} would
 * be chosen for every request below it and hide {@code /operator/lockers/{id}/health}.
 */
@Path("/operator")
@RequestScoped
@Tag(name = "core-operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorLockersResource {

    private static final Logger LOG = Logger.getLogger(OperatorLockersResource.class.getName());

    @EJB
    Lockers lockers;

    @EJB
    Reservations reservations;

    @Inject
    Caller caller;

    @Inject
    OperatorAccess access;

    @Inject
    LockerAccounts accounts;

    @EJB
    LockerDecommissioning decommissioning;

    @GET
    @Path("lockers")
    @Operation(operationId = "listLockers", summary = "The lockers of the fleet, by id",
            description = "?region= lists one region's. An operator working in regions (installer, fleet operator) "
                    + "sees the lockers of their regions only. Decommissioned lockers are left out; "
                    + "?decommissioned=true lists those only.")
    @APIResponse(responseCode = "200", description = "The lockers", content = @Content(schema = @Schema(
            type = SchemaType.ARRAY, implementation = FleetLockerView.class)))
    @Requires(Permission.READ_LOCKERS)
    public List<FleetLockerView> list(@QueryParam("region") String region,
                                      @QueryParam("decommissioned") boolean decommissioned) {
        return (decommissioned ? lockers.decommissioned() : lockers.all()).stream()
                .filter(l -> region == null || region.equals(l.region()))
                .filter(l -> access.sees(l.id()))
                .map(OperatorLockersResource::view).toList();
    }

    @GET
    @Path("lockers/{id}")
    @Operation(operationId = "getLocker", summary = "One locker of the fleet")
    @APIResponse(responseCode = "200", description = "The locker", content = @Content(schema = @Schema(
            implementation = FleetLockerView.class)))
    @APIResponse(responseCode = "404", description = "No such locker")
    @Requires(Permission.READ_LOCKERS)
    public FleetLockerView get(@PathParam("id") String id) {
        access.requireLocker(id);
        return view(lockers.get(id));
    }

    @GET
    @Path("lockers/{id}/compartments")
    @Operation(operationId = "listLockerCompartments", summary = "A locker's compartments as the Core knows them",
            description = "By name: size, state, module, inner measures, low height, special kind (ROLLER_SHUTTER). "
                    + "A locker with a layout has the layout's compartments once it has applied it.")
    @APIResponse(responseCode = "200", description = "The compartments", content = @Content(schema = @Schema(
            type = SchemaType.ARRAY, implementation = CompartmentView.class)))
    @APIResponse(responseCode = "404", description = "No such locker")
    @Requires(Permission.READ_LOCKERS)
    public List<CompartmentView> compartments(@PathParam("id") String id) {
        access.requireLocker(id);
        lockers.get(id);
        return lockers.compartments(id).stream().map(c -> new CompartmentView(c.name(), c.size(), c.state().name(),
                c.module(), c.widthMm(), c.heightMm(), c.depthMm(), c.lowHeight(), c.special())).toList();
    }

    @PUT
    @Path("lockers/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerLocker", summary = "Enter a locker into the fleet, or change it",
            description = "Body {\"name\":\"…\",\"store\":\"…\",\"region\":\"north\",\"shepherd\":\"shepherd-1\","
                    + "\"fallback\":\"shepherd-2\",\"retailers\":[\"acme\"],\"site\":{\"latitude\":52.52,\"longitude\":13.40,"
                    + "\"opensAt\":\"07:00\",\"closesAt\":\"22:00\"}}; fallback, retailers and site may be left out (without "
                    + "retailers no retailer may use it; without a site no courier is routed to it). "
                    + "An installer commissions lockers in their regions only: the region "
                    + "is required then, and a known locker must stand in one of them too. "
                    + "The locker may connect once its Keycloak client locker-<id> exists; its compartments come with "
                    + "its hello. Changing the Shepherds works as PUT …/assignment.")
    @APIResponse(responseCode = "201", description = "A new locker", content = @Content(schema = @Schema(
            implementation = Assignment.class)))
    @APIResponse(responseCode = "200", description = "A known locker, changed", content = @Content(schema = @Schema(
            implementation = Assignment.class)))
    @APIResponse(responseCode = "400", description = "Missing fields, unknown Shepherd or retailer")
    @Requires(Permission.COMMISSION_LOCKERS)
    public Response put(@PathParam("id") String id, @Valid LockerRegistration wanted) {
        if (wanted == null || blank(wanted.name()) || blank(wanted.store()) || blank(wanted.shepherd())) {
            throw new BadRequestException("name, store and shepherd are required");
        }
        if (access.regions().isPresent()) {
            access.requireRegion(wanted.region());
            if (lockers.find(id).isPresent()) {
                access.requireLocker(id);
            }
        }
        if (wanted.name().length() > 200 || wanted.store().length() > 80) {
            throw new BadRequestException("name is at most 200 characters, store at most 80");
        }
        LockerSite asked = wanted.site();
        if (asked != null && ((asked.opensAt() == null) != (asked.closesAt() == null) || (asked.opensAt() != null
                && LockerSite.minutes(asked.closesAt()) <= LockerSite.minutes(asked.opensAt())))) {
            throw new BadRequestException("site: opensAt and closesAt go together, and it closes after it opens");
        }
        List<String> retailers = wanted.retailers() == null ? List.of() : wanted.retailers();
        boolean created = lockers.register(id, wanted.name().strip(), wanted.store().strip(), wanted.region(),
                wanted.shepherd(), wanted.fallback(), Set.copyOf(retailers));
        if (asked != null) {
            lockers.place(id, new Site(asked.latitude(), asked.longitude(), LockerSite.minutes(asked.opensAt()),
                    LockerSite.minutes(asked.closesAt())));
        }
        LOG.fine(() -> "operator " + caller.claims().username() + (created ? " entered " : " changed ") + id);
        Locker locker = lockers.get(id);
        Assignment assignment = new Assignment(id, locker.shepherd(), locker.fallbackShepherd());
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(assignment).build();
    }

    @POST
    @Path("lockers/{id}/credentials")
    @Operation(operationId = "issueLockerCredentials", summary = "Give an entered locker its Keycloak account",
            description = "Makes the locker's Keycloak client locker-<id> (client credentials, the realm role locker, "
                    + "in the group of the locker's region) and answers its secret, this once; for a locker that has "
                    + "one, a new secret that replaces the old at once (its current token runs out within minutes). "
                    + "Enter the locker first (PUT /operator/lockers/{id}). An installer does it for lockers of their "
                    + "regions.")
    @APIResponse(responseCode = "201", description = "The account was made", content = @Content(schema = @Schema(
            implementation = LockerCredentials.class)))
    @APIResponse(responseCode = "200", description = "A new secret for the locker's account", content = @Content(
            schema = @Schema(implementation = LockerCredentials.class)))
    @APIResponse(responseCode = "404", description = "No such locker")
    @APIResponse(responseCode = "502", description = "Keycloak could not be reached or refused; try again")
    @Requires(Permission.COMMISSION_LOCKERS)
    public Response issueCredentials(@PathParam("id") String id) {
        access.requireLocker(id);
        LockerAccounts.Issued issued = accounts.issue(id, lockers.get(id).region());
        lockers.liftIsolation(id);
        LOG.info(() -> caller.claims().username() + (issued.created() ? " commissioned the account of "
                : " renewed the secret of ") + id);
        return Response.status(issued.created() ? Response.Status.CREATED : Response.Status.OK)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(new LockerCredentials(issued.clientId(), issued.secret(), issued.tokenUrl())).build();
    }

    @DELETE
    @Path("lockers/{id}/keypad-lockout")
    @Operation(operationId = "liftKeypadLockout", summary = "Lift a locker's keypad lockout",
            description = "After looking into its CODE_GUESSING alarm (a customer locked out by someone else's "
                    + "guessing): the keypad takes codes again at once, and its count of wrong codes starts afresh. "
                    + "204 also when it was not locked out.")
    @APIResponse(responseCode = "204", description = "The keypad takes codes")
    @APIResponse(responseCode = "404", description = "No such locker")
    @Requires(Permission.OPERATE_LOCKERS)
    public Response liftKeypadLockout(@PathParam("id") String id) {
        access.requireLocker(id);
        reservations.liftKeypadLockout(id, caller.claims().username());
        return Response.noContent().build();
    }

    @DELETE
    @Path("lockers/{id}")
    @Operation(operationId = "decommissionLocker", summary = "Take a locker out of the fleet",
            description = "Refused (409) while it is in use: a compartment RESERVED or OCCUPIED, or an impulse under "
                    + "way; the problem's detail names them. Otherwise its Keycloak client locker-<id> is removed, its "
                    + "live link ended (4404 \"decommissioned\"), no retailer may use it, no Shepherd admits it, and "
                    + "it leaves GET /operator/lockers (?decommissioned=true lists it). Its history stays; entering "
                    + "it again (PUT) puts it back. A locker decommissioned already is 404, as is an unknown one.")
    @APIResponse(responseCode = "204", description = "Decommissioned")
    @APIResponse(responseCode = "404", description = "No such locker in the fleet")
    @APIResponse(responseCode = "409", description = "In use: the compartments holding it are named")
    @APIResponse(responseCode = "502", description = "Keycloak could not be reached or refused; nothing changed, "
            + "try again")
    @Requires(Permission.COMMISSION_LOCKERS)
    public Response decommission(@PathParam("id") String id) {
        access.requireLocker(id);
        try {
            decommissioning.decommission(id, caller.claims().username());
        } catch (LockerDecommissioning.LockerInUseException e) {
            throw new ClientErrorException(e.getMessage(), Response.Status.CONFLICT);
        }
        return Response.noContent().build();
    }

    private static FleetLockerView view(Locker l) {
        return new FleetLockerView(l.id(), l.name(), l.store(), l.region(), l.shepherd(), l.fallbackShepherd(), l.online(),
                l.connectedVia(), l.lastSeen(), l.retailers().stream().sorted().toList(), l.firmware(), l.configVersion());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
