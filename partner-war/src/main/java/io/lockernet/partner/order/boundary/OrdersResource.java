package io.lockernet.partner.order.boundary;

import static io.lockernet.partner.order.boundary.OrderDocuments.MAX_UNITS;

import io.lockernet.api.rest.OpenApiConventions;
import io.lockernet.partner.order.boundary.OrderDocuments.NewOrder;
import io.lockernet.partner.order.boundary.OrderDocuments.OrderDocument;
import io.lockernet.partner.order.control.Orders;
import io.lockernet.partner.order.entity.Customer;
import io.lockernet.partner.order.entity.CustomerOrder;
import io.lockernet.partner.platform.StaffMember;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The retailer's orders to be collected from lockers: entered, listed. What happens to one is in its areas' resources. */
@Path("/orders")
@RequestScoped
@Tag(name = "partner")
@SecurityRequirement(name = OpenApiConventions.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

    /** The 403 answer of every resource that acts on an order (OpenAPI). */
    public static final String OTHER_STORE = "A store or a locker the caller does not serve (an order of another store "
            + "is 404, as if there were none)";
    /** The 404 answer of every resource that acts on an order (OpenAPI). */
    public static final String NO_ORDER = "No such order (or one of another store)";

    @EJB
    Orders orders;

    @Inject
    StaffMember staff;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOrder", summary = "Enter an order to be collected from a locker",
            description = "Body {\"reference\":\"A-1001\",\"store\":\"acme-springfield\",\"customer\":{\"name\":…,"
                    + "\"email\":…,\"phone\":…,\"lowCompartment\":false},\"lines\":[{\"sku\":\"DRILL-1\",\"quantity\":1}]}."
                    + " Every sku must be a product entered before; at most " + MAX_UNITS + " units in all.")
    @APIResponseSchema(value = OrderDocument.class, responseCode = "201",
            responseDescription = "The order, OPEN (Location: its address)")
    @APIResponse(responseCode = "400", description = "Missing or bad fields, unknown sku; nothing is written")
    @APIResponse(responseCode = "409", description = "An order with this reference exists")
    @APIResponse(responseCode = "403", description = OTHER_STORE)
    public Response create(@NotNull(message = "is required") @Valid NewOrder order, @Context UriInfo uri) {
        var customer = order.customer();
        try {
            new InternetAddress(customer.email().strip(), true).validate();
        } catch (AddressException e) {
            throw new BadRequestException("customer e-mail address is not one a mail can be sent to: " + e.getMessage());
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        order.lines().forEach(line -> lines.merge(line.sku(), line.quantity(), Integer::sum));
        if (lines.values().stream().mapToInt(Integer::intValue).sum() > MAX_UNITS) {
            throw new BadRequestException("an order has at most " + MAX_UNITS + " units in all");
        }
        staff.scope().check(order.store().strip(), "an order");
        CustomerOrder created = orders.create(order.reference(), order.store().strip(),
                new Customer(customer.name().strip(), customer.email().strip(), customer.phone(),
                        Boolean.TRUE.equals(customer.lowCompartment())), lines);
        return Response.created(uri.getAbsolutePathBuilder().path(created.reference()).build())
                .entity(OrderDocument.of(created)).build();
    }

    @GET
    @Operation(operationId = "listOrders",
            summary = "Orders in a state (default OPEN: waiting to be deposited), oldest first, at most 500",
            description = "?state=OPEN&store=acme-springfield. Staff of some stores see only their stores' orders "
                    + "(403 for another store asked by name).")
    @APIResponse(responseCode = "200", description = "The orders, without their parcels")
    @APIResponse(responseCode = "400", description = "Unknown state")
    @APIResponse(responseCode = "403", description = OTHER_STORE)
    public List<OrderDocument> list(@QueryParam("state") String state, @QueryParam("store") String store) {
        CustomerOrder.State wanted;
        try {
            wanted = state == null ? CustomerOrder.State.OPEN : CustomerOrder.State.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("state is one of " + Arrays.toString(CustomerOrder.State.values()));
        }
        return orders.orders(wanted, staff.scope().narrow(store)).stream().map(OrderDocument::of).toList();
    }
}
