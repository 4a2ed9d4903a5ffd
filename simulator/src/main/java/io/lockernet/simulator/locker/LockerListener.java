package io.lockernet.simulator.locker;

import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.Welcome;

/**
 * Observes a simulated locker. Called on the locker's own threads, so implementations must be quick and
 * thread-safe. Every method does nothing unless overridden.
 */
public interface LockerListener {

    /** Listens to one kind of message the locker receives. */
    static <T extends LockerMessage> LockerListener received(Class<T> type, java.util.function.Consumer<T> consumer) {
        return new LockerListener() {
            @Override
            public void messageReceived(String lockerId, LockerMessage message) {
                if (type.isInstance(message)) {
                    consumer.accept(type.cast(message));
                }
            }
        };
    }

    /** Listens to one kind of message the locker sends (replays included). */
    static <T extends LockerMessage> LockerListener sent(Class<T> type, java.util.function.Consumer<T> consumer) {
        return new LockerListener() {
            @Override
            public void messageSent(String lockerId, LockerMessage message) {
                if (type.isInstance(message)) {
                    consumer.accept(type.cast(message));
                }
            }
        };
    }

    /** The WebSocket upgrade succeeded; hello is on its way. */
    default void opened(String lockerId) {
    }

    default void welcomed(String lockerId, Welcome welcome) {
    }

    /** The connection ended, or could not be opened at all. */
    default void closed(String lockerId, CloseInfo close) {
    }

    /** A hostile locker was refused for what it did and stays away; called just before {@link #closed}. */
    default void refused(String lockerId, CloseInfo close) {
    }

    /** Every text frame from the Shepherd, valid or not. */
    default void frameReceived(String lockerId, String frame) {
    }

    /** Every text frame the locker sends, including those sent with {@code sendRaw}. */
    default void frameSent(String lockerId, String frame) {
    }

    /** Frames from the Shepherd that are valid protocol messages. */
    default void messageReceived(String lockerId, LockerMessage message) {
    }

    /** Messages the locker's own behaviour sends (not raw frames). */
    default void messageSent(String lockerId, LockerMessage message) {
    }
}
