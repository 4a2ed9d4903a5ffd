package io.lockernet.core.rest.deadletter;

import io.lockernet.core.deadletter.boundary.DeadLetterWatch;
import io.lockernet.core.rest.Permission;
import io.lockernet.core.rest.Requires;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How many messages lie in each dead-letter queue, as of the Core's last look. */
@Path("/operator/dead-letters")
@RequestScoped
@Tag(name = "core-operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorDeadLettersResource {

    @EJB
    DeadLetterWatch watch;

    /** The counts by queue, and when they were taken (null before the first look). */
    public record DeadLetterCounts(Map<String, Integer> queues, Instant lastLook) {
    }

    @GET
    @Operation(operationId = "countDeadLetters", summary = "Messages in each dead-letter queue",
            description = "Counted every lockernet.deadletter.check-seconds (default 30). Arrivals also raise a "
                    + "DEAD_LETTERS alarm per queue (GET /core/api/operator/alarms).")
    @Requires(Permission.READ_PLATFORM)
    public DeadLetterCounts counts() {
        return new DeadLetterCounts(new TreeMap<>(watch.counts()), watch.lastLook());
    }
}
