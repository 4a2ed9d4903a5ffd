package io.lockernet.partner.hold.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One kind of hold (parcels, returns), as the hold area's sweep, door news and code mail need it. Implemented in the
 * area that owns the kind; {@link Holds} finds every implementation through CDI.
 */
public interface HoldKeeper {

    /** What this kind is called in a log line: "parcel", "return". */
    String kind();

    /** Reservations of holds not yet ended, after the record {@code afterId}: a page of at most 500, in id order. */
    List<Map.Entry<Long, String>> openAfter(long afterId);

    /** Reservations of holds not yet ended at one compartment. */
    List<String> openAt(String locker, String compartment);

    /** Brings the hold with this reservation, and what hangs on it, to the state the Core reports for it. */
    void settle(String reservation, String coreState, Instant depositedAt);

    /** Reservations whose code waits to be mailed (and is not claimed for sending), oldest first. */
    List<String> codesToSend();

    /** Claims the sending of one code in a transaction of its own; empty when somebody else claimed it first. */
    Optional<CodeToSend> claimCode(String reservation);

    /** The code went out: it is no longer kept. */
    void codeSent(String reservation);

    /** The code could not be sent: the next sweep tries again. */
    void codeNotSent(String reservation);

    /** The message that carries the code to the customer. */
    CodeMail.Letter letter(CodeToSend code);
}
