package io.lockernet.core.rest.callback;

import io.lockernet.core.callback.boundary.CallbackEndpoints;
import io.lockernet.core.callback.boundary.CallbackLog;
import io.lockernet.core.callback.boundary.CallbackLog.DeliveryView;
import io.lockernet.core.rest.Caller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the retailer's systems were told about one order or locker, across all its endpoints. */
@Path("/partner/callbacks/deliveries")
@RequestScoped
@Tag(name = "core-partner")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerCallbackDeliveriesResource {

    private static final Pattern SUBJECT =
            Pattern.compile("(parcel|locker|compartment|alarm|endpoint):[^\\p{Cntrl}]{1,120}");

    @EJB
    CallbackEndpoints endpoints;

    @EJB
    CallbackLog history;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listCallbackDeliveriesAbout",
            summary = "Every delivery about one subject (?subject=parcel:<reference>), oldest first",
            description = "The subject is parcel:<order reference>, locker:<id>, compartment:<locker>/<name>, "
                    + "alarm:<id> or endpoint:<id>. Each delivery names its endpoint, its state, attempts and last "
                    + "outcome: why did the shop's system not hear of this parcel?")
    @APIResponse(responseCode = "200", description = "The deliveries, at most 500, oldest event first")
    @APIResponse(responseCode = "400", description = "No subject, or not one of the forms above")
    public List<DeliveryView> about(@QueryParam("subject") String subject) {
        if (subject == null || !SUBJECT.matcher(subject).matches()) {
            throw new BadRequestException("subject is parcel:<reference>, locker:<id>, compartment:<locker>/<name>, "
                    + "alarm:<id> or endpoint:<id>");
        }
        return history.about(caller.retailer(), subject);
    }
}
