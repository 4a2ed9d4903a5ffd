package io.lockernet.simulator.locker;

import io.lockernet.api.protocol.Ack;
import io.lockernet.api.protocol.Hello;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.Welcome;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * A locker's events on their way to the Shepherd: kept in an {@link OfflineBuffer} while there is no link, and with
 * protocol v1.1 kept after sending until the Shepherd acknowledges them; what a connection took with it when it ended
 * goes again after the next welcome, before what happened since.
 */
final class Outbox {

    private static final System.Logger LOG = System.getLogger(Outbox.class.getName());

    private final String lockerId;
    private final OfflineBuffer buffer = new OfflineBuffer(OfflineBuffer.DEFAULT_CAPACITY);
    private final Unacknowledged unacknowledged = new Unacknowledged(OfflineBuffer.DEFAULT_CAPACITY);
    /** Protocol v1.1: ask for an ack per event (in hello); on by default. */
    private volatile boolean asksForAcks = true;
    /** The welcome of the current connection promised acks. */
    private volatile boolean acknowledged;
    /** The current connection was welcomed. */
    private volatile boolean welcomed;
    /** The seq of the current connection's hello: what was sent before it belongs to an earlier connection. */
    private volatile long helloSeq;

    Outbox(String lockerId) {
        this.lockerId = lockerId;
    }

    void asksForAcks(boolean on) {
        this.asksForAcks = on;
    }

    boolean asksForAcks() {
        return asksForAcks;
    }

    /** A new connection is being opened: nothing promised yet. */
    void opening() {
        welcomed = false;
        acknowledged = false;
    }

    boolean welcomed() {
        return welcomed;
    }

    /** The link is down: the event waits for the next connection if it means anything later. */
    void keepOffline(LockerMessage message) {
        boolean kept = buffer.keep(message);
        LOG.log(Level.DEBUG, "{0}: offline, {1} seq {2} " + (kept ? "kept for replay" : "dropped (means nothing later)"),
                lockerId, message.type(), String.valueOf(message.seq()));
    }

    /** The event goes out on the open link now. */
    void sending(LockerMessage message) {
        if (message instanceof Hello) {
            helloSeq = message.seq();
        }
        if (asksForAcks && (acknowledged || !welcomed) && OfflineBuffer.worthKeeping(message)) {
            unacknowledged.sent(message);
        }
    }

    void welcomed(Welcome welcome) {
        acknowledged = asksForAcks && welcome.acks();
        if (acknowledged) {
            // anything of an earlier connection still here (it ended while the event was being sent) goes again
            buffer.restore(unacknowledged.takeBefore(helloSeq));
        } else {
            unacknowledged.takeAll(); // a v1 Shepherd: no acks will come, what went out went out
        }
        welcomed = true;
    }

    void acknowledged(Ack ack) {
        unacknowledged.acknowledged(ack.seqs());
    }

    /** The current connection ended: what it did not acknowledge goes again after the next welcome. */
    void connectionEnded() {
        buffer.restore(unacknowledged.takeAll());
    }

    /** The next events to replay, oldest first. */
    List<LockerMessage> takeForReplay(int most) {
        return buffer.take(most);
    }

    void putBack(List<LockerMessage> notSent) {
        buffer.putBack(notSent);
    }

    int waiting() {
        return buffer.size();
    }

    int unacknowledged() {
        return unacknowledged.size();
    }

    long lost() {
        return buffer.lost() + unacknowledged.lost();
    }
}
