package io.lockernet.core.alarm.entity;

/** Why an alarm was raised. */
public enum AlarmKind {
    /** A door opened with no impulse. */
    TAMPER,
    /** A caller asked for an object outside its scope. */
    OUT_OF_SCOPE,
    /** A second connection of a locker that is already connected. */
    DUPLICATE_CONNECTION,
    /** A connection spoke for another locker than the one its token names. */
    IMPERSONATION,
    /** A locker sent frames faster than its rate limit and was cut off. */
    FLOODING,
    /** Too many wrong pickup codes on one locker's keypad: it is locked out for a while. */
    CODE_GUESSING,
    /** Motion inside a closed compartment large enough for a person: someone may be shut in. */
    PERSON_INSIDE,
    /**
     * A deployment refused requests for who sent them or how: a forged, tampered, expired or foreign token, two
     * Authorization headers, a token in the URL, a role or scope the caller lacks. The subject names the deployment
     * and the caller; the count says how often since the alarm was raised.
     */
    REFUSED_REQUEST,
    /** A locker's clock is off by more than the Shepherd allows: it will judge command deadlines wrongly. */
    CLOCK_SKEW,
    /**
     * Messages could not be processed and lie in a dead-letter queue (the subject names it; the count says how many
     * arrived there while the alarm was open): something was not recorded, and an operator must look.
     */
    DEAD_LETTERS,
    /**
     * A message on the Core's realtime or history queue did not show that it came from the Shepherd it named, or
     * spoke for a locker that Shepherd does not carry: it was dropped. A Shepherd's broker credentials may be in
     * the wrong hands.
     */
    FORGED_MESSAGE,
    /**
     * A retailer's callback endpoint failed so many times in a row that it was paused (the subject names the retailer
     * and the endpoint): its events wait, in order, until the retailer resumes it.
     */
    CALLBACK_ENDPOINT_PAUSED,
    /**
     * A locker applied a layout that removes or resizes compartments filled or reserved since it was saved: the Core
     * keeps them as they were until they are emptied, and an operator saves the layout again.
     */
    LAYOUT_CONFLICT
}
