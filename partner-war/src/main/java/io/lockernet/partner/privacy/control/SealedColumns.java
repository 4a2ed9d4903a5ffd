package io.lockernet.partner.privacy.control;

import java.util.List;

/**
 * Every column of the Partner DB that holds personal data sealed: customers' names, e-mail addresses and phones,
 * the free text of emergency opens (a reason may name a customer), and what the privacy officer asked for (a query
 * may hold an e-mail address). A column added to this list is re-sealed on rotation; one left out stays under the key
 * it was written with.
 */
public record SealedColumns(String table, String id, List<String> columns, String hashed) {

    public static final List<SealedColumns> ALL = List.of(
            new SealedColumns("customer", "id", List.of("name", "email", "phone"), "email"),
            new SealedColumns("staff_action", "impulse_id", List.of("reason"), null),
            new SealedColumns("privacy_access", "id", List.of("request"), null));

    /** The column kept beside {@code hashed} with its lookup hash: {@code email_hash} for {@code email}. */
    public String hashColumn() {
        return hashed == null ? null : hashed + "_hash";
    }
}
