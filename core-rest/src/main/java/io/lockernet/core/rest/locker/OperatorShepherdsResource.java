package io.lockernet.core.rest.locker;

import io.lockernet.api.core.ShepherdView;
import io.lockernet.core.locker.boundary.ShepherdInstances;
import io.lockernet.core.rest.Permission;
import io.lockernet.core.rest.Requires;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Shepherd instances of the fleet, with how many lockers each serves. */
@Path("/operator/shepherds")
@RequestScoped
@Tag(name = "core-operator")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorShepherdsResource {

    @EJB
    ShepherdInstances instances;

    @GET
    @Operation(operationId = "listShepherds",
            summary = "Every registered Shepherd instance: lockers with it as primary or fallback, lockers "
            + "connected through it now")
    @Requires(Permission.READ_SHEPHERDS)
    public List<ShepherdView> all() {
        return instances.all();
    }
}
