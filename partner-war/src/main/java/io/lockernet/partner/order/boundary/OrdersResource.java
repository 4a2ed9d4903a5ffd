package io.lockernet.partner.order.boundary;

import io.lockernet.partner.deposit.control.CompartmentFit;
import io.lockernet.partner.deposit.control.DepositProposals;
import io.lockernet.partner.compartment.boundary.OpenAnswers;
import io.lockernet.partner.order.boundary.OrderDocuments.DepositRequest;
import io.lockernet.partner.order.boundary.OrderDocuments.LineDocument;
import io.lockernet.partner.order.boundary.OrderDocuments.NewOrder;
import io.lockernet.partner.order.boundary.OrderDocuments.OrderDocument;
import io.lockernet.partner.order.control.Orders;
import io.lockernet.partner.order.entity.Customer;
import io.lockernet.partner.order.entity.CustomerOrder;
import io.lockernet.partner.parcel.control.Deposits;
import io.lockernet.partner.parcel.control.Parcels;
import io.lockernet.partner.platform.StaffMember;
import io.lockernet.partner.returns.boundary.ReturnDocument;
import io.lockernet.partner.returns.control.ReturnDropOffs;
import io.lockernet.partner.returns.control.Returns;
import io.lockernet.partner.returns.entity.CustomerReturn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The retailer's orders to be collected from lockers, and the compartment each should go into. */
@Path("/orders")
@RequestScoped
@Tag(name = "partner")
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

    /** Units in one order, at most: a parcel for one compartment, and a bound on the packing's work. */
    private static final int MAX_UNITS = 200;
    private static final String OTHER_STORE = "A store or a locker the caller does not serve (an order of another store "
            + "is 404, as if there were none)";
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._-]{1,60}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");

    @EJB
    Orders orders;

    @Inject
    DepositProposals proposals;

    @EJB
    Parcels parcels;

    @Inject
    Deposits deposits;

    @Inject
    StaffMember staff;

    @Inject
    ReturnDropOffs dropOffs;

    @EJB
    Returns returns;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter an order to be collected from a locker",
            description = "Body {\"reference\":\"A-1001\",\"store\":\"acme-springfield\",\"customer\":{\"name\":…,"
                    + "\"email\":…,\"phone\":…,\"lowCompartment\":false},\"lines\":[{\"sku\":\"DRILL-1\",\"quantity\":1}]}."
                    + " Every sku must be a product entered before.")
    @APIResponse(responseCode = "201", description = "The order, OPEN")
    @APIResponse(responseCode = "400", description = "Missing or bad fields, unknown sku; nothing is written")
    @APIResponse(responseCode = "409", description = "An order with this reference exists")
    @APIResponse(responseCode = "403", description = OTHER_STORE)
    public Response create(NewOrder order, @Context UriInfo uri) {
        if (order == null || order.reference() == null || !REFERENCE.matcher(order.reference()).matches()) {
            throw new BadRequestException("reference is 1 to 60 letters, digits, '.', '_' or '-'");
        }
        if (order.store() == null || order.store().isBlank() || order.store().length() > 80) {
            throw new BadRequestException("store is required, at most 80 characters");
        }
        var customer = order.customer();
        if (customer == null || customer.name() == null || customer.name().isBlank() || customer.name().length() > 200
                || customer.email() == null || !EMAIL.matcher(customer.email()).matches()
                || customer.phone() != null && customer.phone().length() > 40) {
            throw new BadRequestException("customer needs a name (at most 200 characters) and an e-mail address; "
                    + "phone is optional, at most 40 characters");
        }
        if (order.lines() == null || order.lines().isEmpty() || order.lines().size() > 100) {
            throw new BadRequestException("an order has 1 to 100 lines");
        }
        try {
            new InternetAddress(customer.email().strip(), true).validate();
        } catch (AddressException e) {
            throw new BadRequestException("customer e-mail address is not one a mail can be sent to: " + e.getMessage());
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (LineDocument line : order.lines()) {
            if (line == null || line.sku() == null || line.sku().length() > 60 || line.quantity() == null
                    || line.quantity() <= 0 || line.quantity() > MAX_UNITS) {
                throw new BadRequestException("each line has a sku and a quantity from 1 to " + MAX_UNITS);
            }
            lines.merge(line.sku(), line.quantity(), Integer::sum);
        }
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
    @Operation(summary = "Orders in a state (default OPEN: waiting to be deposited), oldest first, at most 500",
            description = "?state=OPEN&store=acme-springfield. Staff of some stores see only their stores' orders "
                    + "(403 for another store asked by name).")
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

    @GET
    @Path("{reference}")
    @Operation(summary = "One order")
    @APIResponse(responseCode = "404", description = "No such order (or one of another store)")
    public OrderDocument one(@PathParam("reference") String reference) {
        return OrderDocument.of(order(reference), parcels.ofOrder(reference));
    }

    @POST
    @Path("{reference}/deposit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put the order into a compartment: reserve it, open it, answer when the door is open",
            description = "Body {\"locker\":\"L-0001\",\"compartment\":\"A2\"} (usually the proposal's). 200 with "
                    + "the impulse once the door is seen open; the employee puts the parcel in and closes the door, and "
                    + "the order becomes DEPOSITED and the customer is e-mailed the pickup code. If the door does not "
                    + "open the hold is given up and the order waits again (409 or 504, as for any open).")
    @APIResponse(responseCode = "200", description = "The door is open")
    @APIResponse(responseCode = "409", description = "The order is not OPEN, the compartment is taken, or the door "
            + "did not open")
    @APIResponse(responseCode = "504", description = "The locker did not confirm the door open in time")
    @APIResponse(responseCode = "403", description = OTHER_STORE)
    public void deposit(@PathParam("reference") String reference, DepositRequest request,
                        @Suspended AsyncResponse response) {
        if (request == null || request.locker() == null || request.compartment() == null) {
            throw new BadRequestException("locker and compartment are required");
        }
        order(reference);
        staff.checkLocker(request.locker());
        OpenAnswers.resumeWhenOpen(
                deposits.deposit(reference, request.locker(), request.compartment(), staff.claims()), response);
    }

    @GET
    @Path("{reference}/proposal")
    @Operation(summary = "The compartment the order should go into",
            description = "The smallest free compartment of an online locker at the order's store that its items can "
                    + "be packed into (3D packing with sizes, weights and packaging); a low one if the customer needs "
                    + "it. ?locker=L-0001 is the locker the employee stands at: its compartments come first, another "
                    + "locker of the store only when nothing there fits (otherLocker true).")
    @APIResponse(responseCode = "200", description = "{\"locker\",\"compartment\",\"size\",\"otherLocker\"}")
    @APIResponse(responseCode = "404", description = "No such order, or no such locker for this retailer")
    @APIResponse(responseCode = "409", description = "No free compartment at the store fits the order")
    public CompartmentFit.Proposal proposal(@PathParam("reference") String reference,
                                            @QueryParam("locker") String locker) {
        CustomerOrder order = order(reference);
        if (order.state() != CustomerOrder.State.OPEN) {
            throw new ClientErrorException("order " + reference + " is " + order.state() + ", not waiting for a "
                    + "compartment", Response.Status.CONFLICT);
        }
        return proposals.propose(order.packing(), order.store(), locker, order.customer().lowCompartment())
                .orElseThrow(() -> new ClientErrorException("no free compartment at store " + order.store()
                        + " fits order " + reference + (order.customer().lowCompartment() ? " (low ones only)" : "")
                        + "; a fitting one may come free, or the order may be split", Response.Status.CONFLICT));
    }

    @POST
    @Path("{reference}/extend")
    @Operation(summary = "Extend the pickup window once, by one more window",
            description = "For a customer who asked for more time. 409 when the order is not in a locker or was "
                    + "extended before.")
    @APIResponse(responseCode = "200", description = "The order, with the parcel's new expiresAt")
    @APIResponse(responseCode = "409", description = "Not in a locker, or extended once already")
    public OrderDocument extend(@PathParam("reference") String reference) {
        order(reference);
        parcels.extend(reference);
        return one(reference);
    }

    @POST
    @Path("{reference}/retrieve")
    @Operation(summary = "Take the parcel back out (an expired one, from the retrieval list): opens its compartment",
            description = "200 once the door is open; when it closes the order is EXPIRED (or OPEN, if its window "
                    + "had not ended).")
    @APIResponse(responseCode = "200", description = "The door is open")
    @APIResponse(responseCode = "409", description = "Not in a locker, or the door did not open")
    @APIResponse(responseCode = "504", description = "The locker did not confirm the door open in time")
    public void retrieve(@PathParam("reference") String reference, @Suspended AsyncResponse response) {
        order(reference);
        OpenAnswers.resumeWhenOpen(deposits.retrieve(reference, staff.claims()), response);
    }

    @POST
    @Path("{reference}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Let the customer return a collected order at a locker: hold a compartment, mail a return code",
            description = "Body (optional) {\"locker\":\"L-0004\"}: the locker the customer wants to use, of the "
                    + "order's store; without it any locker of the store. The Core holds the smallest free compartment "
                    + "that fits the order's items empty for the return window (lockernet.partner.return-window, default "
                    + "72 h) and hands out a one-time return code, which the customer is e-mailed with its QR code. "
                    + "Typed on the locker's keypad within the window, the code opens the compartment; once its door "
                    + "closes the return is DROPPED_OFF, for staff to take out (POST /returns/{id}/retrieve). Wrong codes "
                    + "count towards the keypad's lockout as for pickups. Nothing is recorded when the Core holds no "
                    + "compartment.")
    @APIResponse(responseCode = "201", description = "The return, AWAITING_DROP_OFF (Location: /returns/{id})")
    @APIResponse(responseCode = "400", description = "The locker is not at the order's store")
    @APIResponse(responseCode = "404", description = "No such order, or no such locker for this retailer")
    @APIResponse(responseCode = "409", description = "The order is not COLLECTED, has a return under way, or no free "
            + "compartment fits it")
    public Response requestReturn(@PathParam("reference") String reference, ReturnRequest request,
                                  @Context UriInfo uri) {
        String locker = request == null || request.locker() == null || request.locker().isBlank()
                ? null : request.locker().strip();
        order(reference);
        CustomerReturn requested = dropOffs.request(reference, locker, staff.claims());
        return Response.created(uri.getBaseUriBuilder().path("returns").path(String.valueOf(requested.id())).build())
                .entity(ReturnDocument.of(returns.get(requested.id()))).build();
    }

    /** The same without a body (no Content-Type at all): any locker of the order's store. */
    @POST
    @Path("{reference}/return")
    @Operation(hidden = true)
    public Response requestReturnAnywhere(@PathParam("reference") String reference, @Context UriInfo uri) {
        return requestReturn(reference, null, uri);
    }

    /** Where the customer wants to drop a return off (optional). */
    public record ReturnRequest(String locker) {
    }

    /** The order, if there is one and it is for one of the caller's stores (404 either way). */
    private CustomerOrder order(String reference) {
        CustomerOrder order = orders.order(reference).orElseThrow(() -> new NotFoundException("no order " + reference));
        staff.scope().checkFound(order.store(), "no order " + reference);
        return order;
    }
}
