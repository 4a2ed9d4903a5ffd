package io.lockernet.core.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.BadRequestException;

/**
 * The {@code Idempotency-Key} request header of a retried POST: 1 to 255 visible ASCII characters (a UUID is the
 * usual choice), chosen by the client once per request and sent again, unchanged, with each retry of it.
 */
public final class IdempotencyKeyHeader {

    public static final String NAME = "Idempotency-Key";
    /** Set on an answer that repeats what an earlier request with the same key did. */
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final String DESCRIPTION = "Optional; 1 to 255 visible ASCII characters (a UUID, say), the same for "
            + "every retry of one request. A retry with the key gets what the first request did (header "
            + "Idempotent-Replayed: true) instead of doing it again; the key with another request is 422, the key in use "
            + "by a request at the same moment 409. Keys are per client and kept a day.";

    private IdempotencyKeyHeader() {
    }

    /** Looked up once; thread-safe. */
    private static final Jsonb JSON = JsonbBuilder.create();

    /**
     * What a request is, for telling a retry from another request with the same key: the operation and the request
     * as JSON (unambiguous, unlike a record's {@code toString()}).
     */
    public static String fingerprintOf(String operation, Object request) {
        return operation + " " + JSON.toJson(request);
    }

    /** The key as sent, or null when there is none; 400 for one that is empty, too long or not visible ASCII. */
    public static String validated(String header) {
        if (header == null) {
            return null;
        }
        if (header.isEmpty() || header.length() > 255 || !header.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new BadRequestException(NAME + " is 1 to 255 visible ASCII characters");
        }
        return header;
    }
}
