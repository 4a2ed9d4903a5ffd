package io.lockernet.api.web;

/**
 * A request refused because of who sent it or how it tried to prove it. {@code caller} is the verified identity when
 * there is one, otherwise where the request came from; {@code detail} comes from a fixed vocabulary (never from the
 * request), so that refusals of one kind are counted together and nothing an attacker sent reaches an alarm.
 */
public record Refusal(Kind kind, String caller, String detail) {

    public enum Kind {
        /** A bearer token was sent and the container did not accept it (tampered, unsigned, expired, other realm). */
        INVALID_CREDENTIALS,
        /** An authenticated caller asked for something its roles or its scope do not allow. */
        FORBIDDEN,
        /** The credentials came in a way that is refused outright: two Authorization headers, a token in the URL. */
        MALFORMED_CREDENTIALS,
        /** A caller kept going over its rate limit and was cut off for a while. */
        RATE_LIMITED
    }
}
