package io.lockernet.api.problem;

/**
 * An RFC 9457 problem document. {@code impulseId} is set when the problem concerns an impulse that exists, so
 * that a caller can trace it.
 */
public record Problem(String type, String title, int status, String detail, String impulseId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null);
    }

    public Problem withImpulse(String impulseId) {
        return new Problem(type, title, status, detail, impulseId);
    }
}
