package io.lockernet.partner.compartment.control;

import io.lockernet.api.core.ImpulseView;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The record, in this retailer's own database, of which member of staff opened what and how it ended. The Core only
 * knows an opaque subject id; the name stays here.
 */
@ApplicationScoped
public class StaffActions {

    @Resource(lookup = "java:comp/env/jdbc/PartnerDS")
    DataSource dataSource;

    public void requested(ImpulseView impulse, String staff) {
        update("insert into staff_action (impulse_id, staff, locker_id, compartment, action, requested_at) "
                        + "values (?, ?, ?, ?, ?, ?)",
                impulse.id(), staff, impulse.locker(), impulse.compartment(), impulse.action(),
                Timestamp.from(impulse.requestedAt()));
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
