package io.lockernet.simulator.locker;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * Where a simulated locker's current connection stands, and the waiting for it to change: welcomed, closed, or
 * replaced by a reconnect. The socket's threads report; test threads wait with deadlines.
 */
final class ConnectionState {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private Connection current;
    private boolean welcomed;
    private CloseInfo lastClose;
    private boolean reconnectPending;
    private boolean stopped;

    void startConnecting() {
        lock.lock();
        try {
            if (stopped) {
                throw new IllegalStateException("the locker is closed");
            }
            if (current != null && lastClose == null) {
                throw new IllegalStateException("already connected or connecting");
            }
        } finally {
            lock.unlock();
        }
    }

    void replace(Connection connection) {
        update(() -> {
            current = connection;
            welcomed = false;
            lastClose = null;
            reconnectPending = false;
        });
    }

    void welcomed() {
        update(() -> welcomed = true);
    }

    /** Records how the connection ended; true when the locker should reconnect. */
    boolean closed(Connection connection, CloseInfo close, boolean reconnect) {
        lock.lock();
        try {
            if (connection != current) {
                return false;
            }
            lastClose = close;
            reconnectPending = reconnect && !stopped;
            changed.signalAll();
            return reconnectPending;
        } finally {
            lock.unlock();
        }
    }

    boolean mayReconnect() {
        lock.lock();
        try {
            return !stopped;
        } finally {
            lock.unlock();
        }
    }

    /** Marks the locker closed for good and hands back the connection to close, if any. */
    Connection stop() {
        lock.lock();
        try {
            stopped = true;
            reconnectPending = false;
            changed.signalAll();
            return current;
        } finally {
            lock.unlock();
        }
    }

    Connection current() {
        lock.lock();
        try {
            return current;
        } finally {
            lock.unlock();
        }
    }

    boolean isOpen() {
        Connection connection = current();
        return connection != null && connection.isOpen();
    }

    /** True once the current connection is welcomed; false early if it closed and no reconnect will follow. */
    boolean awaitWelcome(Duration timeout) {
        await(timeout, () -> welcomed || (lastClose != null && !reconnectPending) || stopped);
        lock.lock();
        try {
            return welcomed;
        } finally {
            lock.unlock();
        }
    }

    Optional<CloseInfo> awaitClosed(Duration timeout) {
        await(timeout, () -> lastClose != null);
        lock.lock();
        try {
            return Optional.ofNullable(lastClose);
        } finally {
            lock.unlock();
        }
    }

    private void await(Duration timeout, BooleanSupplier done) {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (!done.getAsBoolean() && remaining > 0) {
                remaining = changed.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    private void update(Runnable change) {
        lock.lock();
        try {
            change.run();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
