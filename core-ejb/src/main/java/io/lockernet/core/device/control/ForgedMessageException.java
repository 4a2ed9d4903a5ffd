package io.lockernet.core.device.control;

/**
 * A message on the Core's queues whose sender could not be verified, or that spoke for a locker its sender does not
 * carry. It cannot become genuine by being delivered again: it is dropped, and operators see an alarm.
 */
public class ForgedMessageException extends RuntimeException {

    public ForgedMessageException(String why) {
        super(why);
    }
}
