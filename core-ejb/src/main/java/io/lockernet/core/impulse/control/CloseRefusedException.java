package io.lockernet.core.impulse.control;

import jakarta.ejb.ApplicationException;

/** A roller shutter that cannot be lowered: not a shutter, not up, or its locker offline. */
@ApplicationException(rollback = true)
public class CloseRefusedException extends RuntimeException {

    public CloseRefusedException(String message) {
        super(message);
    }
}
