package io.lockernet.core.rest.locker;

import io.lockernet.api.core.ShepherdRegistration;
import io.lockernet.core.locker.boundary.ShepherdInstances;
import io.lockernet.core.rest.Caller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A Shepherd instance registers itself with the Core when it starts; it may register only under its own name. */
@Path("/shepherd/instances/{id}")
@RequestScoped
@Tag(name = "core-shepherd")
@SecurityRequirement(name = "keycloak")
public class ShepherdInstancesResource {

    private static final Logger LOG = Logger.getLogger(ShepherdInstancesResource.class.getName());

    @EJB
    ShepherdInstances instances;

    @Inject
    Caller caller;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerShepherdInstance",
            summary = "Register the calling Shepherd instance (idempotent; every half minute while it runs)",
            description = "The id must be the caller's own client id (shepherd-<n>); 403 otherwise. Lockers can be "
                    + "assigned to an instance once it is registered. A Shepherd registers again every 30 s: the Core "
                    + "counts it up while it has heard from it in the last 90 s. Answers 204.")
    @APIResponse(responseCode = "204", description = "Registered")
    @APIResponse(responseCode = "403", description = "The id is not the caller's own client id")
    public Response register(@PathParam("id") String id, ShepherdRegistration registration) {
        if (!id.equals(caller.client())) {
            throw new ForbiddenException("client '" + caller.client() + "' may register only itself, not " + id);
        }
        instances.register(id, registration == null ? null : registration.description(),
                registration == null ? null : registration.build());
        LOG.fine(() -> id + " registered: " + (registration == null ? "" : registration.description()));
        return Response.noContent().build();
    }
}
