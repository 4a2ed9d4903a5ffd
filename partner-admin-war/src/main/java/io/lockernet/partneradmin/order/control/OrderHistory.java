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
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;

/**
 * An order's whole history as its Partner DB tells it, oldest first: entered, each parcel's hold, deposit, code
 * mailed, reminder, extension, the window's end told to the retailer's systems, its end; each return's steps; and the
 * events the Partner told the Core of. It names lockers, compartments and states, never a person.
 */
@ApplicationScoped
public class OrderHistory {

    /** One step: when, and what happened. */
    public record Step(Instant at, String what) {
    }

    @Resource(lookup = "java:comp/env/jdbc/PartnerDS")
    DataSource dataSource;

    public List<Step> of(String reference) {
        List<Step> steps = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            Long order = null;
            try (PreparedStatement statement = connection.prepareStatement(
                    "select id, created_at, store from customer_order where reference = ?")) {
                statement.setString(1, reference);
                try (ResultSet r = statement.executeQuery()) {
                    if (r.next()) {
                        order = r.getLong(1);
                        add(steps, r.getTimestamp(2), "order entered for store " + r.getString(3));
                    }
                }
            }
            if (order == null) {
                return List.of();
            }
            parcels(connection, order, steps);
            returns(connection, order, steps);
            told(connection, reference, steps);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the history of order " + reference + ": " + e.getMessage(), e);
        }
        steps.sort(Comparator.comparing(Step::at));
        return steps;
    }

    private static void parcels(Connection connection, long order, List<Step> steps) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select locker_id, compartment, state, "
                + "created_at, deposited_at, code_sent_at, reminded_at, expires_at, extended, ended_at from parcel "
                + "where order_id = ? order by id")) {
            statement.setLong(1, order);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    String where = r.getString(1) + " " + r.getString(2);
                    add(steps, r.getTimestamp(4), "compartment " + where + " held for the parcel");
                    add(steps, r.getTimestamp(5), "parcel deposited in " + where + " (window until "
                            + instant(r.getTimestamp(8)) + (r.getBoolean(9) ? ", extended once" : "") + ")");
                    add(steps, r.getTimestamp(6), "pickup code mailed to the customer");
                    add(steps, r.getTimestamp(7), "customer reminded: the window ends soon");
                    add(steps, r.getTimestamp(10), "parcel " + r.getString(3).toLowerCase());
                }
            }
        }
    }

    private static void returns(Connection connection, long order, List<Step> steps) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select locker_id, compartment, state, "
                + "created_at, code_sent_at, dropped_off_at, ended_at from customer_return where order_id = ? "
                + "order by id")) {
            statement.setLong(1, order);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    String where = r.getString(1) + " " + r.getString(2);
                    add(steps, r.getTimestamp(4), "return started: " + where + " held for the drop-off");
                    add(steps, r.getTimestamp(5), "return code mailed to the customer");
                    add(steps, r.getTimestamp(6), "return dropped off in " + where);
                    add(steps, r.getTimestamp(7), "return " + r.getString(3).toLowerCase());
                }
            }
        }
    }

    private static void told(Connection connection, String reference, List<Step> steps) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select type, occurred_at, told_at, outcome "
                + "from outgoing_event where reference = ? order by occurred_at")) {
            statement.setString(1, reference);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    add(steps, r.getTimestamp(2), r.getString(1) + " written for the retailer's systems"
                            + (r.getTimestamp(3) == null ? " (not yet told to the Core)"
                            : r.getString(4) == null ? "" : " (" + r.getString(4) + ")"));
                }
            }
        }
    }

    private static void add(List<Step> steps, Timestamp at, String what) {
        if (at != null) {
            steps.add(new Step(at.toInstant(), what));
        }
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
