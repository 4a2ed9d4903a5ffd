package io.lockernet.core.idempotency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A key a client sent with a request that was carried out: the request's fingerprint and what it made. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyKey.Id.class)
@NamedQuery(name = IdempotencyKey.OLDER_THAN, query = "delete from IdempotencyKey k where k.createdAt < :cutoff")
public class IdempotencyKey {

    public static final String OLDER_THAN = "IdempotencyKey.olderThan";

    /** The primary key: the client (token's {@code azp}) and its key. */
    public static class Id implements Serializable {
        private String client;
        private String key;

        protected Id() {
        }

        public Id(String client, String key) {
            this.client = client;
            this.key = key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Id id && Objects.equals(client, id.client) && Objects.equals(key, id.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(client, key);
        }
    }

    @jakarta.persistence.Id
    @Column(name = "client_id")
    private String client;

    @jakarta.persistence.Id
    @Column(name = "idem_key")
    private String key;

    /** SHA-256 of the request, hex: the same key with another request is a client's mistake. */
    private String fingerprint;

    /** The id of what the request made (a reservation, an impulse); set in the transaction that took the key. */
    @Column(name = "result_id")
    private String result;

    @Column(name = "created_at")
    private Instant createdAt;

    protected IdempotencyKey() {
    }

    /** A key taken for a request that is being carried out; {@link #madeIt} records its result. */
    public IdempotencyKey(String client, String key, String fingerprint, Instant createdAt) {
        this.client = client;
        this.key = key;
        this.fingerprint = fingerprint;
        this.createdAt = createdAt;
    }

    public void madeIt(String result) {
        this.result = result;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String result() {
        return result;
    }
}
