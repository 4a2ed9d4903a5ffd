package io.lockernet.core.rest.locker;

import io.lockernet.api.core.IsolatedClientView;
import io.lockernet.core.locker.boundary.Isolation;
import io.lockernet.core.rest.Permission;
import io.lockernet.core.rest.Requires;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The clients operators isolated from an alarm (POST /operator/alarms/{id}/isolation on an attempt beyond a retailer's
 * scope), and lifting an isolation: a retailer's clients are the network admins' to restore.
 */
@Path("/operator/isolated-clients")
@RequestScoped
@Tag(name = "core-operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorIsolatedClientsResource {

    @EJB
    Isolation isolation;

    @GET
    @Operation(operationId = "listIsolatedClients", summary = "The clients isolated now, oldest first")
    @APIResponse(responseCode = "200", description = "The isolated clients", content = @Content(schema = @Schema(
            implementation = IsolatedClientView.class, type = SchemaType.ARRAY)))
    @Requires(Permission.READ_RETAILERS)
    public List<IsolatedClientView> all() {
        return isolation.isolatedClients().stream().map(c -> new IsolatedClientView(c.clientId(), c.isolatedAt(),
                c.isolatedBy(), c.alarmId())).toList();
    }

    @DELETE
    @Path("{client}")
    @Operation(operationId = "liftClientIsolation", summary = "Lift a client's isolation",
            description = "Keycloak issues it tokens again and the Core answers its requests. 204.")
    @APIResponse(responseCode = "204", description = "Lifted")
    @APIResponse(responseCode = "404", description = "The client is not isolated")
    @APIResponse(responseCode = "502", description = "Keycloak could not be reached; try again")
    @Requires(Permission.MANAGE_RETAILERS)
    public void lift(@PathParam("client") String client) {
        if (!isolation.lift(client)) {
            throw new NotFoundException("client '" + client + "' is not isolated");
        }
    }
}
