package io.lockernet.partner.privacy.control;

import io.lockernet.api.privacy.MissingKeyException;
import io.lockernet.api.privacy.PersonalDataCipher;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One batch of re-sealing at a time, each in a transaction of its own, so that the staff app goes on writing while a
 * table is re-sealed: a row changed between reading and writing it is left to the next pass, never overwritten.
 */
@ApplicationScoped
public class ResealingBatches {

    private static final Logger LOG = Logger.getLogger(ResealingBatches.class.getName());

    @Resource(lookup = "java:comp/env/jdbc/PartnerDS")
    DataSource dataSource;

    @Inject
    PersonalData personalData;

    /**
     * What one batch found: rows read, the last id read (where the next batch begins), rows under another key version
     * than {@code version}, how many of those it re-sealed, and how many did not open.
     */
    public record Batch(int read, Object last, int underOtherKeys, int resealed, int unreadable) {
    }

    /** Re-seals under key {@code version} the rows of {@code table} after id {@code after} (null: from the first). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch reseal(SealedColumns table, Object after, int size, int version) {
        List<Object[]> rows = new ArrayList<>();
        int read = 0;
        Object last = after;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement select = connection.prepareStatement("select " + table.id() + ", "
                    + String.join(", ", table.columns())
                    + (table.hashed() == null ? "" : ", " + table.hashColumn()) + " from " + table.table()
                    + (after == null ? "" : " where " + table.id() + " > ?") + " order by " + table.id())) {
                if (after != null) {
                    select.setObject(1, after);
                }
                select.setMaxRows(size);
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        read++;
                        Object[] row = new Object[table.columns().size() + (table.hashed() == null ? 1 : 2)];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = r.getObject(i + 1);
                        }
                        last = row[0];
                        if (underOtherKey(table, row, version)) {
                            rows.add(row);
                        }
                    }
                }
            }
            int resealed = 0;
            int unreadable = 0;
            for (Object[] row : rows) {
                try {
                    resealed += update(connection, table, row);
                } catch (MissingKeyException | IllegalStateException e) {
                    unreadable++;
                    LOG.log(Level.WARNING, "{0} {1} does not open and stays as it is: {2}",
                            new Object[] {table.table(), row[0], e.getMessage()});
                }
            }
            return new Batch(read, last, rows.size(), resealed, unreadable);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot re-seal " + table.table() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether a value of the row, or its lookup hash, is under another key version than {@code version}; a value that
     * is not sealed at all counts as such (the update then fails to open it and reports it).
     */
    private static boolean underOtherKey(SealedColumns table, Object[] row, int version) {
        try {
            for (int i = 1; i <= table.columns().size(); i++) {
                Integer sealedWith = PersonalDataCipher.versionOf((String) row[i]);
                if (sealedWith != null && sealedWith != version) {
                    return true;
                }
            }
            if (table.hashed() != null && row[row.length - 1] == null) {
                return row[1 + table.columns().indexOf(table.hashed())] != null;
            }
            Integer hashedWith = table.hashed() == null ? null
                    : PersonalDataCipher.hashVersionOf((String) row[row.length - 1]);
            return hashedWith != null && hashedWith != version;
        } catch (IllegalStateException notSealed) {
            return true;
        }
    }

    /** Writes the row sealed anew, only if it still holds what was read; 1 if it did. */
    private int update(Connection connection, SealedColumns table, Object[] row) throws SQLException {
        List<String> columns = table.columns();
        StringBuilder sql = new StringBuilder("update ").append(table.table()).append(" set ");
        columns.forEach(c -> sql.append(c).append(" = ?, "));
        if (table.hashed() != null) {
            sql.append(table.hashColumn()).append(" = ?, ");
        }
        sql.setLength(sql.length() - 2);
        sql.append(" where ").append(table.id()).append(" = ?");
        columns.forEach(c -> sql.append(" and ").append(c).append(" is not distinct from ?"));
        try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
            int p = 1;
            String hash = null;
            for (int i = 0; i < columns.size(); i++) {
                String column = table.table() + "." + columns.get(i);
                String clear = personalData.open((String) row[i + 1], column);
                update.setString(p++, personalData.seal(clear, column));
                if (Objects.equals(columns.get(i), table.hashed())) {
                    hash = personalData.lookupHash(clear);
                }
            }
            if (table.hashed() != null) {
                update.setString(p++, hash);
            }
            update.setObject(p++, row[0]);
            for (int i = 0; i < columns.size(); i++) {
                update.setString(p++, (String) row[i + 1]);
            }
            return update.executeUpdate();
        }
    }
}
