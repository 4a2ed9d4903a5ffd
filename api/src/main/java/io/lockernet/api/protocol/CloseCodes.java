package io.lockernet.api.protocol;

/** Application close codes a Shepherd uses when it ends or refuses a locker's connection. */
public final class CloseCodes {
    /** The frame was not a valid protocol message. */
    public static final int MALFORMED = 4400;
    /** No token, or a token that is invalid or expired. */
    public static final int UNAUTHENTICATED = 4401;
    /** The locker is not assigned to this Shepherd, or spoke for another locker. */
    public static final int FORBIDDEN = 4403;
    /** The locker is not known to the Core. */
    public static final int UNKNOWN_LOCKER = 4404;
    /** The locker sent nothing, not even a pong, for two ping intervals: the link is taken for dead. */
    public static final int LINK_TIMEOUT = 4408;
    /**
     * An operator assigned the locker to other Shepherds; the reason names the new primary ("reassigned to
     * shepherd-2"): connect there at once.
     */
    public static final int REASSIGNED = 4410;
    /** Another connection of the same locker is already live. */
    public static final int DUPLICATE = 4409;
    /** The locker sent more frames than its rate limit allows. */
    public static final int FLOODING = 4429;
    /**
     * The Shepherd could not check the connection, or could not pass frames on to the Core (Core unreachable, its
     * queue towards the Core full); try again later.
     */
    public static final int TRY_LATER = 4503;

    private CloseCodes() {
    }
}
