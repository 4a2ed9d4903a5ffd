package io.lockernet.core.impulse.entity;

/**
 * The life of an impulse. The forward states are ordered; an impulse only ever moves forward, so a late or repeated
 * report can never take it back. REFUSED, EXPIRED, FAILED and DOOR_CLOSED end it.
 */
public enum ImpulseState {
    REQUESTED(0), SENT(1), DELIVERED(2), LOCK_FIRED(3), DOOR_OPEN(4), DOOR_CLOSED(5),
    REFUSED(-1), EXPIRED(-1), FAILED(-1);

    private final int rank;

    ImpulseState(int rank) {
        this.rank = rank;
    }

    public boolean isFinal() {
        return rank < 0 || this == DOOR_CLOSED;
    }

    /** Whether an impulse in this state may move to {@code next}. */
    public boolean canMoveTo(ImpulseState next) {
        if (isFinal()) {
            return false;
        }
        if (next.rank < 0) {
            // once the door has been seen open the impulse succeeded; only the close can follow
            return rank < DOOR_OPEN.rank;
        }
        return next.rank > rank;
    }
}
