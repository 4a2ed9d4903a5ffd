package io.lockernet.partneradmin.order.control;

import io.lockernet.api.privacy.PersonalDataCipher;
import io.lockernet.api.web.RetailerScopeFilter;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Orders and parcels as the Partner Admin reads them from the retailer's Partner DB (whose schema the staff app's
 * migrations keep), and the log of who saw personal data unmasked. Customers' names, addresses and phones, and what
 * was asked for, are sealed in the database under the retailer's key (the staff app's {@code privacy} area): they are
 * opened here, and a customer is found by e-mail address through its keyed hash.
 */
@ApplicationScoped
public class CustomerOrders {


    @Resource(lookup = "java:comp/env/jdbc/PartnerDS")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "lockernet.partner.keys-dir")
    Optional<String> keysDir;

    private volatile String retailer;
    private volatile PersonalDataCipher cipher;

    void started(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        retailer = RetailerScopeFilter.retailerOf(context.getContextPath());
    }

    /** The retailer's cipher, made at first use: without a key the deployment starts, and says why at each answer. */
    private PersonalDataCipher cipher() {
        if (cipher == null) {
            cipher = PersonalDataCipher.of(keysDir, retailer);
        }
        return cipher;
    }

    /** A sealed value that does not open (altered in the database) is shown as such; the other rows still are. */
    private String open(String stored, String column) {
        return cipher().openOrMark(stored, column);
    }

    /** One order with its customer and its latest parcel (null fields when it has none). */
    public record Row(String reference, String store, String state, Instant createdAt, String customerName,
                      String customerEmail, String customerPhone, String locker, String compartment,
                      String parcelState, Instant expiresAt) {
    }

    /** A view of personal data, as logged. */
    public record Access(
            @Schema(example = "acme-privacy") String viewer,
            @Schema(example = "2026-12-03T11:00:00Z") Instant viewedAt,
            @Schema(example = "GET /partner-admin-acme/api/orders?email=marge@example.com") String request,
            @Schema(example = "A-1001,A-1007") String orders) {
    }

    /**
     * The latest orders, newest first, in a state or (null) in any, of the customer with this e-mail address or (null)
     * of any; at most {@code limit}.
     */
    public List<Row> latest(String state, String email, int limit) {
        List<String> hashes = email == null ? List.of() : cipher().lookupHashes(email);
        List<String> where = new java.util.ArrayList<>();
        if (state != null) {
            where.add("o.state = ?");
        }
        if (email != null) {
            where.add("c.email_hash in (" + String.join(", ", Collections.nCopies(hashes.size(), "?")) + ")");
        }
        String sql = "select o.reference, o.store, o.state, o.created_at, c.name, c.email, c.phone, p.locker_id, "
                + "p.compartment, p.state, p.expires_at from customer_order o join customer c on c.id = o.customer_id "
                + "left join parcel p on p.id = (select max(q.id) from parcel q where q.order_id = o.id) "
                + (where.isEmpty() ? "" : "where " + String.join(" and ", where) + " ") + "order by o.id desc";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameter = 1;
            if (state != null) {
                statement.setString(parameter++, state);
            }
            for (String hash : hashes) {
                statement.setString(parameter++, hash);
            }
            statement.setMaxRows(limit);
            List<Row> rows = new ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getString(1), r.getString(2), r.getString(3), instant(r.getTimestamp(4)),
                            open(r.getString(5), "customer.name"), open(r.getString(6), "customer.email"),
                            open(r.getString(7), "customer.phone"),
                            r.getString(8), r.getString(9),
                            r.getString(10), instant(r.getTimestamp(11))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read orders: " + e.getMessage(), e);
        }
    }

    public void logAccess(String viewer, String request, List<String> orders) {
        String shown = String.join(",", orders);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "insert into privacy_access (viewer, viewed_at, request, orders) values (?, ?, ?, ?)")) {
            statement.setString(1, viewer);
            statement.setTimestamp(2, Timestamp.from(Instant.now()));
            statement.setString(3, cipher().seal(request.length() > 400 ? request.substring(0, 400) : request,
                    "privacy_access.request"));
            statement.setString(4, shown.length() > 4000 ? shown.substring(0, 3997) + "..." : shown);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot log an access to personal data: " + e.getMessage(), e);
        }
    }

    public List<Access> accesses(int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select viewer, viewed_at, request, orders from privacy_access order by id desc")) {
            statement.setMaxRows(limit);
            List<Access> rows = new ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    rows.add(new Access(r.getString(1), instant(r.getTimestamp(2)),
                            open(r.getString(3), "privacy_access.request"),
                            r.getString(4)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the access log: " + e.getMessage(), e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
