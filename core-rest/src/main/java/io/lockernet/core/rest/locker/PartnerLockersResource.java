package io.lockernet.core.rest.locker;

import io.lockernet.api.core.CompartmentView;
import io.lockernet.api.core.LockerView;
import io.lockernet.core.locker.boundary.Lockers;
import io.lockernet.core.locker.entity.Locker;
import io.lockernet.core.rest.Caller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The lockers a retailer may use. */
@Path("/partner/lockers")
@RequestScoped
@Tag(name = "core-partner")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerLockersResource {

    @EJB
    Lockers lockers;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listRetailerLockers",
            summary = "Lockers this retailer may use, with their compartments and whether they are online")
    public List<LockerView> list() {
        return lockers.usableBy(caller.retailer()).stream().map(this::view).toList();
    }

    private LockerView view(Locker locker) {
        List<CompartmentView> compartments = lockers.compartments(locker.id()).stream()
                .map(c -> new CompartmentView(c.name(), c.size(), c.state().name(), c.module(), c.widthMm(),
                        c.heightMm(), c.depthMm(), c.lowHeight(), c.special()))
                .toList();
        return new LockerView(locker.id(), locker.name(), locker.store(), locker.online(), locker.lastSeen(),
                compartments);
    }
}
