package io.lockernet.core.rest.platform;

import io.lockernet.api.core.PlatformView;
import io.lockernet.core.platform.PlatformState;
import io.lockernet.core.rest.Permission;
import io.lockernet.core.rest.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The state of the platform under the Core, looked at now (the Admin Panel's state page). */
@Path("/operator/platform")
@RequestScoped
@Tag(name = "core-operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorPlatformResource {

    @Inject
    PlatformState platform;

    @GET
    @Operation(operationId = "getPlatformState", summary = "How the platform is doing now",
            description = "The build the Core runs; the server's deployments with their status, when each was "
                    + "deployed and the start of its content's SHA-1; every queue of the broker with the messages "
                    + "in it, its consumers and those being delivered (the latency tiers lockernet.realtime, "
                    + "…history, …reports, …offpeak, …callbacks, their .dlq, and each Shepherd's commands); whether "
                    + "Keycloak and the Core's database answer, and how fast; the database pool's connections in use "
                    + "and available; the server's heap (MB), process CPU load (0-1) and uptime; and the last "
                    + "hour: alarms raised, impulses failed and refused, review items filed, and the server's HTTP "
                    + "answers of 5xx and 4xx (every application of the server; counted since errorsCountedSince "
                    + "when it is younger than an hour). Shepherds, with their build and whether they are up: GET "
                    + "/operator/shepherds. The same numbers, and many more, are at the server's Prometheus "
                    + "endpoint http://<management>:9990/metrics.")
    @APIResponse(responseCode = "200", description = "The state", content = @Content(schema = @Schema(
            implementation = PlatformView.class)))
    @Requires(Permission.READ_PLATFORM)
    public PlatformView now() {
        return platform.now();
    }
}
