package io.lockernet.simulator.locker;

import io.lockernet.api.protocol.CloseCodes;

/**
 * How a connection ended: the close code and reason the Shepherd sent, or {@value #ABNORMAL} when the
 * connection broke or never opened without a close frame (the code WebSocket reserves for that case).
 */
public record CloseInfo(int code, String reason) {

    public static final int NORMAL = 1000;
    /** The Shepherd is shutting down. */
    public static final int GOING_AWAY = 1001;
    public static final int ABNORMAL = 1006;

    public static CloseInfo abnormal(String reason) {
        return new CloseInfo(ABNORMAL, reason);
    }

    /** A refusal that retrying soon cannot cure: wrong or missing token, unknown or unassigned locker. */
    public boolean isRefusal() {
        return code == CloseCodes.UNAUTHENTICATED || code == CloseCodes.FORBIDDEN
                || code == CloseCodes.UNKNOWN_LOCKER;
    }
}
