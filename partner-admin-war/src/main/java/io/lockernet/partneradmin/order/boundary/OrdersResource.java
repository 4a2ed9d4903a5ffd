package io.lockernet.partneradmin.order.boundary;

import io.lockernet.api.oidc.TokenClaims;
import io.lockernet.api.rest.OpenApiConventions;
import io.lockernet.partneradmin.order.control.CustomerOrders;
import io.lockernet.partneradmin.order.control.Masking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The retailer's orders for its technical staff and its privacy officer. Technicians (partner-tech) see customers'
 * names, e-mail addresses and phone numbers masked; the privacy officer (partner-privacy) sees them in full, and every
 * such answer is logged in the Partner DB (who, when, what was asked, which orders), readable at {@code /api/privacy-log}.
 * Only the privacy officer may look a customer up by e-mail address ({@code ?email=}, a subject access request):
 * to a technician even an empty answer would tell whether someone is a customer.
 */
@Path("/")
@RequestScoped
@Tag(name = "partner-admin")
@SecurityRequirement(name = OpenApiConventions.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

    static final String PRIVACY = "partner-privacy";

    @Inject
    CustomerOrders orders;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /** An order as shown: {@code masked} says whether the customer fields are masked. */
    public record OrderRow(
            @Schema(example = "A-1001") String reference,
            @Schema(example = "acme-springfield") String store,
            @Schema(example = "DEPOSITED") String state,
            @Schema(example = "2026-12-03T09:00:00Z") java.time.Instant createdAt,
            @Schema(example = "M**** S******") String customerName,
            @Schema(example = "m****@*******.com") String customerEmail,
            @Schema(example = "*********34") String customerPhone,
            @Schema(example = "true") boolean masked,
            @Schema(example = "L-0001") String locker,
            @Schema(example = "A2") String compartment,
            @Schema(example = "DEPOSITED") String parcelState,
            @Schema(example = "2026-12-05T10:15:40Z") java.time.Instant expiresAt) {

        /** The order as shown: customers in full ({@code full}, for the privacy officer) or masked. */
        static OrderRow of(CustomerOrders.Row r, boolean full) {
            return new OrderRow(r.reference(), r.store(), r.state(), r.createdAt(),
                    full ? r.customerName() : Masking.name(r.customerName()),
                    full ? r.customerEmail() : Masking.email(r.customerEmail()),
                    full ? r.customerPhone() : Masking.phone(r.customerPhone()), !full,
                    r.locker(), r.compartment(), r.parcelState(), r.expiresAt());
        }
    }

    @GET
    @Path("orders")
    @Operation(operationId = "listCustomerOrders", summary = "The latest orders (?state=&limit=100, at most 500), "
            + "customers masked for technicians",
            description = "state filters by the order's state. The privacy officer sees customers in full and may "
                    + "look one up by e-mail address (?email=, a subject access request); each such answer is logged "
                    + "(GET …/privacy-log).")
    @APIResponse(responseCode = "200", description = "The orders, newest first; masked says whether the customer "
            + "fields are masked")
    @APIResponse(responseCode = "400", description = "An e-mail address longer than 254 characters")
    @APIResponse(responseCode = "403", description = "?email= asked by anyone but the privacy officer")
    public List<OrderRow> orders(@QueryParam("state") String state, @QueryParam("email") String email,
                                 @QueryParam("limit") Integer limit) {
        int max = limit == null ? 100 : Math.max(1, Math.min(limit, 500));
        boolean full = security.isUserInRole(PRIVACY);
        if (email != null && (!full || email.isBlank() || email.length() > 254)) {
            throw full ? new BadRequestException("email is an address of at most 254 characters")
                    : new ForbiddenException("finding a customer by e-mail address is for the privacy officer (role "
                    + PRIVACY + ")");
        }
        List<CustomerOrders.Row> rows = orders.latest(state, email, max);
        if (full) {
            orders.logAccess(TokenClaims.of(security.getUserPrincipal()).username(), "GET " + uri.getRequestUri().getRawPath()
                    + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery()),
                    rows.stream().map(CustomerOrders.Row::reference).toList());
        }
        return rows.stream().map(r -> OrderRow.of(r, full)).toList();
    }

    @GET
    @Path("privacy-log")
    @Operation(operationId = "listPrivacyLog", summary = "Who read customers' data in full, newest first "
            + "(?limit=100, at most 1000); the privacy officer only")
    @APIResponse(responseCode = "200", description = "The accesses: who, when, what was asked, which orders")
    @APIResponse(responseCode = "403", description = "Not the privacy officer")
    public List<CustomerOrders.Access> privacyLog(@QueryParam("limit") Integer limit) {
        if (!security.isUserInRole(PRIVACY)) {
            throw new ForbiddenException("the access log is for the privacy officer (role " + PRIVACY + ")");
        }
        return orders.accesses(limit == null ? 100 : Math.max(1, Math.min(limit, 1000)));
    }
}
