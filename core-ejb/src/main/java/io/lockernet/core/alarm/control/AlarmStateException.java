package io.lockernet.core.alarm.control;

import jakarta.ejb.ApplicationException;

/** What was asked cannot be done to the alarm as it is: it is resolved, or it concerns no locker to isolate. */
@ApplicationException(rollback = true)
public class AlarmStateException extends RuntimeException {

    public AlarmStateException(String message) {
        super(message);
    }
}
