package io.lockernet.api.problem;

import java.util.Map;

/**
 * An RFC 9457 problem document. {@code impulseId} is set when the problem concerns an impulse that exists, so
 * that a caller can trace it.
 */
public record Problem(String type, String title, int status, String detail, String impulseId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final Map<Integer, String> GENERIC_DETAILS = Map.of(
            400, "The request could not be read.",
            401, "Authentication required: send a valid bearer token from the lockernet realm.",
            403, "Your roles or your scope do not allow this operation.",
            404, "There is nothing at this address.",
            405, "This method is not allowed here.",
            406, "This resource answers application/json (and application/problem+json for errors).",
            413, "The body is too large.",
            415, "This operation takes a body of type application/json.",
            500, "The request could not be completed; it is logged.");

    /** A problem of this status with a detail that says what the status means to a client, and nothing more. */
    public static Problem generic(int status, String title) {
        return of(status, title, genericDetail(status));
    }

    /** What a status means to a client, for answers whose own message may not be shown. */
    public static String genericDetail(int status) {
        return GENERIC_DETAILS.getOrDefault(status, "The request could not be served.");
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null);
    }

    public Problem withImpulse(String impulseId) {
        return new Problem(type, title, status, detail, impulseId);
    }
}
