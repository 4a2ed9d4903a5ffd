package io.lockernet.partner.compartment.control;

import io.lockernet.api.core.ImpulseView;
import jakarta.annotation.Resource;
import io.lockernet.partner.privacy.control.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The record, in this retailer's own database, of which member of staff opened what and how it ended. The Core only
 * knows an opaque subject id; the name stays here.
 */
@ApplicationScoped
public class StaffActions {

    @Resource(lookup = "java:comp/env/jdbc/PartnerDS")
    DataSource dataSource;

    /** An emergency open's reason is free text that may name a customer: it is kept sealed. */
    @Inject
    PersonalData personalData;

    private static final String REASON = "staff_action.reason";

    /** Action of an emergency open in the record (the Core's impulse is an ordinary open). */
    public static final String EMERGENCY_OPEN = "EMERGENCY_OPEN";

    /** An emergency open as recorded: who, when, where, why, and how it ended. */
    public record EmergencyOpen(
            @Schema(example = "3f1c9a0e-52d7-4c1b-9e47-0b6f7c2a8d15") String impulse,
            @Schema(example = "acme-manager") String staff,
            @Schema(example = "L-0001") String locker,
            @Schema(example = "B4") String compartment,
            @Schema(example = "customer's child locked in B4") String reason,
            @Schema(example = "2026-12-03T10:15:00Z") Instant requestedAt,
            @Schema(example = "DOOR_CLOSED") String outcome) {
    }

    public void requested(ImpulseView impulse, String staff) {
        requested(impulse, staff, impulse.action(), null);
    }

    public void requested(ImpulseView impulse, String staff, String action, String reason) {
        update("insert into staff_action (impulse_id, staff, locker_id, compartment, action, requested_at, reason) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                impulse.id(), staff, impulse.locker(), impulse.compartment(), action,
                Timestamp.from(impulse.requestedAt()), personalData.seal(reason, REASON));
    }

    /** The latest emergency opens at these lockers (null: at every locker), newest first. */
    public List<EmergencyOpen> emergencyOpens(int limit, Collection<String> lockers) {
        if (lockers != null && lockers.isEmpty()) {
            return List.of();
        }
        String atLockers = lockers == null ? "" : " and locker_id in ("
                + String.join(", ", Collections.nCopies(lockers.size(), "?")) + ")";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select impulse_id, staff, locker_id, "
                     + "compartment, reason, requested_at, outcome from staff_action where action = ?" + atLockers
                     + " order by requested_at desc")) {
            statement.setString(1, EMERGENCY_OPEN);
            int parameter = 2;
            for (String locker : lockers == null ? List.<String>of() : lockers) {
                statement.setString(parameter++, locker);
            }
            statement.setMaxRows(limit);
            List<EmergencyOpen> opens = new ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    opens.add(new EmergencyOpen(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            personalData.openOrMark(r.getString(5), REASON), r.getTimestamp(6).toInstant(),
                            r.getString(7)));
                }
            }
            return opens;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the emergency opens: " + e.getMessage(), e);
        }
    }

    public void settled(String impulse, String outcome) {
        update("update staff_action set outcome = ?, outcome_at = ? where impulse_id = ?",
                outcome, Timestamp.from(Instant.now()), impulse);
    }

    private void update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record a staff action: " + e.getMessage(), e);
        }
    }
}
