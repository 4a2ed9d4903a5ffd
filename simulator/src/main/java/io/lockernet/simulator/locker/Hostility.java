package io.lockernet.simulator.locker;

import io.lockernet.api.protocol.CloseCodes;

/**
 * Ways a hostile locker misbehaves towards its Shepherd, each right after every {@code welcome}; switched on with
 * {@link Faults#hostile}. The Shepherd must cut such a locker off with the close code for what it did and leave the
 * other lockers alone. A hostile locker it refuses stays away (see {@link SimulatedLocker#refusedWith}).
 */
public enum Hostility {

    /** Pings at {@value #FLOOD_PER_SECOND} a second, far beyond any frame budget, until the link ends: 4429. */
    FLOOD,
    /** A door event in another locker's name ({@link Faults#impersonating}): 4403. */
    FORGE,
    /** A frame that is not JSON, then one that is JSON of a type the protocol does not know: 4400. */
    MALFORMED;

    public static final int FLOOD_PER_SECOND = 500;
    /** The locker a forged frame names unless another is set: not a demo locker. */
    public static final String NOBODY = "L-9999";

    /** The Shepherd's answers to misbehaviour and to credentials it will not take: retrying cannot change them. */
    static boolean refusedBy(CloseInfo close) {
        return close.isRefusal() || close.code() == CloseCodes.MALFORMED || close.code() == CloseCodes.FLOODING;
    }
}
