package io.lockernet.partneradmin.order.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Orders and parcels as the Partner Admin reads them from the retailer's Partner DB (whose schema the staff app's
 * migrations keep), and the log of who saw personal data unmasked.
 */
@ApplicationScoped
public class CustomerOrders {

    @Resource(lookup = "java:comp/env/jdbc/PartnerDS")
    DataSource dataSource;

    /** One order with its customer and its latest parcel (null fields when it has none). */
    public record Row(String reference, String store, String state, Instant createdAt, String customerName,
                      String customerEmail, String customerPhone, String locker, String compartment,
                      String parcelState, Instant expiresAt) {
    }

    /** A view of personal data, as logged. */
    public record Access(String viewer, Instant viewedAt, String request, String orders) {
    }

    /** The latest orders, newest first, in a state or (null) in any; at most {@code limit}. */
    public List<Row> latest(String state, int limit) {
        String sql = "select o.reference, o.store, o.state, o.created_at, c.name, c.email, c.phone, p.locker_id, "
                + "p.compartment, p.state, p.expires_at from customer_order o join customer c on c.id = o.customer_id "
                + "left join parcel p on p.id = (select max(q.id) from parcel q where q.order_id = o.id) "
                + (state == null ? "" : "where o.state = ? ") + "order by o.id desc";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (state != null) {
                statement.setString(1, state);
            }
            statement.setMaxRows(limit);
            List<Row> rows = new ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getString(1), r.getString(2), r.getString(3), instant(r.getTimestamp(4)),
                            r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
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
            statement.setString(3, request.length() > 400 ? request.substring(0, 400) : request);
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
                    rows.add(new Access(r.getString(1), instant(r.getTimestamp(2)), r.getString(3), r.getString(4)));
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
