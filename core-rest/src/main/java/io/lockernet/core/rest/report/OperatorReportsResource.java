package io.lockernet.core.rest.report;

import io.lockernet.core.report.boundary.Reports;
import io.lockernet.core.report.entity.LockerReport;
import io.lockernet.core.rest.Caller;
import io.lockernet.core.rest.OperatorAccess;
import io.lockernet.core.rest.Permission;
import io.lockernet.core.rest.Requires;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Per-locker figures from the reports tier. */
@Path("/operator/reports/lockers")
@RequestScoped
@Tag(name = "core-operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorReportsResource {

    /** Looked up once: {@code Json.create…} looks the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @EJB
    Reports reports;

    @Inject
    Caller caller;

    @Inject
    OperatorAccess access;

    @POST
    @Path("refresh")
    @Operation(operationId = "refreshLockerReports", summary = "Refresh the reports now",
            description = "Queued on the reports tier; 202 at once.")
    @APIResponse(responseCode = "202", description = "Queued")
    @Requires(Permission.MAINTAIN_FLEET)
    public Response refresh() {
        reports.refreshNow(caller.claims().username());
        return Response.accepted().build();
    }

    @GET
    @Operation(operationId = "listLockerReports", summary = "Every locker's report",
            description = "Recomputed at least every minute; refreshedAt says when. Counts are of the last 24 hours "
                    + "(…24h) or hour (…1h); ?locker= gives one locker's, and an operator working in regions gets "
                    + "those of their regions' lockers; lastTemperatureC and lastBatteryPercent are absent until the locker "
                    + "reported them; attention names every threshold the locker is past.")
    @APIResponse(responseCode = "200", description = "One report per locker", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "reports", value = "[{\"locker\":\"L-0001\",\"refreshedAt\":"
                    + "\"2026-12-03T10:15:00Z\",\"compartments\":8,\"available\":5,\"reserved\":1,\"occupied\":2,"
                    + "\"openNow\":0,\"outOfService\":0,\"opens24h\":14,\"failed24h\":0,\"expired24h\":1,"
                    + "\"events1h\":6,\"vitals1h\":12,\"openAlarms\":0,\"outages24h\":0,\"attention\":[],"
                    + "\"lastTemperatureC\":21.5,\"lastBatteryPercent\":97}]")))
    @Requires(Permission.READ_REPORTS)
    public Response lockers(@QueryParam("locker") String locker) {
        if (locker != null) {
            access.requireLocker(locker);
        }
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (LockerReport r : reports.all()) {
            if (locker == null ? !access.sees(r.locker()) : !locker.equals(r.locker())) {
                continue;
            }
            JsonObjectBuilder json = JSON.createObjectBuilder()
                    .add("locker", r.locker()).add("refreshedAt", r.refreshedAt().toString())
                    .add("compartments", r.compartments()).add("available", r.available())
                    .add("reserved", r.reserved()).add("occupied", r.occupied()).add("openNow", r.openNow())
                    .add("outOfService", r.outOfService()).add("opens24h", r.opens24h())
                    .add("failed24h", r.failed24h()).add("expired24h", r.expired24h())
                    .add("events1h", r.events1h()).add("vitals1h", r.vitals1h()).add("openAlarms", r.openAlarms())
                    .add("outages24h", r.outages24h()).add("attention", JSON.createArrayBuilder(r.attention()));
            if (r.lastTemperature() != null) {
                json.add("lastTemperatureC", r.lastTemperature());
            }
            if (r.lastBattery() != null) {
                json.add("lastBatteryPercent", r.lastBattery());
            }
            array.add(json);
        }
        return Response.ok(array.build().toString()).build();
    }
}
