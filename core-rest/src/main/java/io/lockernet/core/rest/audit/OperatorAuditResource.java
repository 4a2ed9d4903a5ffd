package io.lockernet.core.rest.audit;

import io.lockernet.core.audit.boundary.AuditLog;
import io.lockernet.core.audit.entity.OperatorAction;
import io.lockernet.core.rest.Permission;
import io.lockernet.core.rest.Requires;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What operators did through the operator area, and what they were refused. */
@Path("/operator/audit")
@RequestScoped
@Tag(name = "core-operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorAuditResource {

    @EJB
    AuditLog log;

    /** One line of the audit log. */
    public record ActionView(
            @Schema(example = "2026-12-03T10:15:00Z") Instant at,
            @Schema(example = "installer-north") String actor,
            @Schema(example = "locker.commission") String operation,
            @Schema(example = "PUT") String method,
            @Schema(example = "/operator/lockers/L-0100") String target,
            @Schema(example = "201") int status) {
    }

    @GET
    @Operation(operationId = "listOperatorActions", summary = "The audit log, newest first",
            description = "Every change asked of the operator area and every refusal (403), with who asked (the "
                    + "Keycloak user name), when, the operation of the role matrix, the path and the answer's status. "
                    + "?actor= gives one person's; ?limit= at most 1000 lines (100 unless given).")
    @APIResponse(responseCode = "200", description = "The latest lines", content = @Content(schema = @Schema(
            type = SchemaType.ARRAY, implementation = ActionView.class)))
    @Requires(Permission.READ_AUDIT_LOG)
    public List<ActionView> latest(@QueryParam("actor") String actor,
                                   @QueryParam("limit") @DefaultValue("100")
                                   @Min(value = 1, message = "is at least 1")
                                   @Max(value = 1000, message = "is at most 1000") int limit) {
        return log.latest(actor, limit).stream().map(OperatorAuditResource::view).toList();
    }

    private static ActionView view(OperatorAction a) {
        return new ActionView(a.at(), a.actor(), a.permission(), a.method(), a.target(), a.status());
    }
}
