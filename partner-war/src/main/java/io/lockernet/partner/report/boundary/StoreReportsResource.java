package io.lockernet.partner.report.boundary;

import io.lockernet.api.core.LockerView;
import io.lockernet.api.rest.OpenApiConventions;
import io.lockernet.partner.platform.CoreClient;
import io.lockernet.partner.platform.StaffMember;
import io.lockernet.partner.report.control.ReportPeriod;
import io.lockernet.partner.report.control.StoreReport;
import io.lockernet.partner.report.control.StoreReports;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reports per store, for store managers. */
@Path("/reports")
@RequestScoped
@Tag(name = "partner")
@SecurityRequirement(name = OpenApiConventions.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class StoreReportsResource {

    private static final String MANAGER = "store-manager";

    @EJB
    StoreReports reports;

    @Inject
    CoreClient core;

    @Inject
    StaffMember staff;

    @Inject
    @ConfigProperty(name = "lockernet.partner.time-zone", defaultValue = "UTC")
    String timeZone;

    @GET
    @Path("stores/{store}")
    @Operation(operationId = "getStoreReport",
            summary = "A store's report for a period: deposits, pickups, expiries, returns, dwell times, occupancy",
            description = "?from=2026-11-01&to=2026-11-30 (dates inclusive, at most 366 days, in the retailer's time "
                    + "zone lockernet.partner.time-zone, default UTC). Counts this retailer's parcels and returns in the "
                    + "store's lockers: deposits, pickups, expiries (pickup windows that ended uncollected) and returns "
                    + "dropped off (and retrieved) in the period, in all and per day; the dwell time from deposit to "
                    + "pickup (p50, p90, max in minutes) of the period's pickups; and now, the compartments of the "
                    + "store's lockers by state (as the Core reports them) with this retailer's parcels and returns in "
                    + "them. Store managers only.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "400", description = "A date missing or not YYYY-MM-DD, from after to, more than 366 days")
    @APIResponse(responseCode = "403", description = "Not a store manager, or a store the caller does not serve")
    @APIResponse(responseCode = "404", description = "No locker of this retailer stands at the store")
    public StoreReport store(@PathParam("store") String store, @QueryParam("from") String from,
                             @QueryParam("to") String to, @Context SecurityContext security) {
        if (!security.isUserInRole(MANAGER)) {
            throw new ForbiddenException("reports are for store managers (role " + MANAGER + ")");
        }
        staff.scope().check(store, "the report");
        ReportPeriod period = ReportPeriod.parse(from, to, ZoneId.of(timeZone));
        List<LockerView> lockers = core.lockers().stream().filter(l -> store.equals(l.store())).toList();
        if (lockers.isEmpty()) {
            throw new NotFoundException("no locker of this retailer stands at store '" + store + "'");
        }
        return reports.report(store, lockers, period);
    }
}
