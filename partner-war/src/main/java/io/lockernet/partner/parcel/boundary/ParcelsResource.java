package io.lockernet.partner.parcel.boundary;

import io.lockernet.api.rest.OpenApiConventions;
import io.lockernet.partner.parcel.control.Parcels;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import io.lockernet.partner.platform.StaffMember;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Parcels in the lockers, as store staff need them. */
@Path("/parcels")
@RequestScoped
@Tag(name = "partner")
@SecurityRequirement(name = OpenApiConventions.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ParcelsResource {

    @EJB
    Parcels parcels;

    @Inject
    StaffMember staff;

    @GET
    @Path("expired")
    @Operation(operationId = "listExpiredParcels",
            summary = "The retrieval list: parcels whose pickup window has ended, oldest first (?store=…)",
            description = "Each to be taken back out with POST /orders/{reference}/retrieve. Staff of some stores "
                    + "see only their stores' parcels.")
    @APIResponse(responseCode = "200", description = "The parcels to take back out")
    @APIResponse(responseCode = "403", description = "The store asked for is not one the caller serves")
    public List<Parcels.Waiting> expired(@QueryParam("store") String store) {
        return parcels.expired(staff.scope().narrow(store));
    }
}
