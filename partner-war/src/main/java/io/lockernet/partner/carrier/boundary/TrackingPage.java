package io.lockernet.partner.carrier.boundary;

import io.lockernet.api.core.LockerView;
import io.lockernet.api.delivery.ConsignmentView;
import io.lockernet.partner.carrier.control.HandOvers;
import io.lockernet.partner.carrier.entity.Consignment;
import io.lockernet.partner.order.entity.CustomerOrder;
import io.lockernet.partner.parcel.control.Parcels;
import io.lockernet.partner.parcel.entity.Parcel;
import io.lockernet.partner.platform.CoreClient;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The customer's page to follow an order a carrier brings ({@code /partner-ID/track/<token>}, the link in their
 * e-mail; no sign-in: the token is the key). It shows where the order is (with the carrier, in the locker, collected),
 * which locker, when the courier is expected there, and once it is in, until when it can be collected. It names no
 * person: the link may be forwarded. An unknown token is 404, the same page as a malformed one.
 */
@WebServlet("/track/*")
public class TrackingPage extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(TrackingPage.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm z");

    @EJB
    HandOvers handOvers;

    @EJB
    Parcels parcels;

    @Inject
    CoreClient core;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<Consignment> tracked = handOvers.tracked(token);
        if (tracked.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no order to follow at this address");
            return;
        }
        Consignment handOver = tracked.get();
        CustomerOrder order = handOver.order();
        Optional<Parcel> parcel = parcels.ofOrder(order.reference()).stream().max(Comparator.comparing(Parcel::id));
        ConsignmentView now = null;
        String lockerName = null;
        try {
            now = core.consignment(handOver.coreId());
            String locker = now.locker();
            lockerName = locker == null ? null : core.lockers().stream().filter(l -> l.id().equals(locker))
                    .map(LockerView::name).findFirst().orElse(locker);
        } catch (RuntimeException e) {
            LOG.fine(() -> "tracking page without the Core's view: " + e);
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // a page anyone with the link opens: no script at all, not indexed
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        response.setHeader("X-Robots-Tag", "noindex");
        try (PrintWriter out = response.getWriter()) {
            page(out, order, handOver, parcel.orElse(null), now, lockerName);
        }
    }

    private static void page(PrintWriter out, CustomerOrder order, Consignment handOver, Parcel parcel,
                             ConsignmentView now, String lockerName) {
        out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Your order " + html(order.reference()) + "</title>"
                + "<style>body{font-family:system-ui,sans-serif;margin:0;color:#222}main{max-width:32rem;margin:0 auto;"
                + "padding:1rem}h1{font-size:1.3rem}.state{font-size:1.15rem;font-weight:600}</style>"
                + "</head><body><main class=\"tracking\">");
        out.println("<h1>Your order " + html(order.reference()) + "</h1>");
        out.println("<p id=\"state\" class=\"state\">" + html(state(order, handOver)) + "</p>");
        if (lockerName != null) {
            out.println("<p id=\"locker\">Parcel locker: " + html(lockerName) + "</p>");
        }
        if (order.state() == CustomerOrder.State.WITH_CARRIER && now != null && now.eta() != null) {
            out.println("<p id=\"eta\">Expected at the locker around <time datetime=\"" + now.eta() + "\">"
                    + html(when(now.eta())) + "</time></p>");
        }
        if (parcel != null && parcel.state() == Parcel.State.DEPOSITED) {
            out.println("<p id=\"deposited\">In the locker since <time datetime=\"" + parcel.depositedAt() + "\">"
                    + html(when(parcel.depositedAt())) + "</time>. The pickup code is in our e-mail.</p>");
            if (parcel.expiresAt() != null) {
                out.println("<p id=\"window\">Please collect it by <time datetime=\"" + parcel.expiresAt() + "\">"
                        + html(when(parcel.expiresAt())) + "</time>.</p>");
            }
        }
        out.println("</main></body></html>");
    }

    private static String state(CustomerOrder order, Consignment handOver) {
        return switch (order.state()) {
            case WITH_CARRIER -> "On its way with " + handOver.carrier() + ".";
            case DEPOSITED -> "In the parcel locker, waiting for you.";
            case COLLECTED -> "Collected. Thank you!";
            case OPEN -> handOver.state() == Consignment.State.FAILED
                    ? "The carrier could not bring it to the locker; the store will be in touch."
                    : "At the store.";
            default -> "At the store.";
        };
    }

    private static String when(Instant at) {
        return TIME.format(at.atZone(ZoneId.systemDefault()));
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
