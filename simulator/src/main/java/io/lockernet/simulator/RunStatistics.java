package io.lockernet.simulator;

import io.lockernet.api.protocol.Command;
import io.lockernet.api.protocol.CommandAck;
import io.lockernet.api.protocol.DoorEvent;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.Welcome;
import io.lockernet.simulator.locker.CloseInfo;
import io.lockernet.simulator.locker.LockerListener;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Watches every simulated locker of a run: logs one line per connection change and per command, counts frames
 * and outcomes, and measures how long a locker takes from receiving a command to sending its door-open.
 */
final class RunStatistics implements LockerListener {

    private static final System.Logger LOG = System.getLogger(RunStatistics.class.getName());

    private final int lockers;
    private final Set<String> everWelcomed = ConcurrentHashMap.newKeySet();
    private final Set<String> connected = ConcurrentHashMap.newKeySet();
    private final Set<String> open = ConcurrentHashMap.newKeySet();
    private final LongAdder framesSent = new LongAdder();
    private final LongAdder framesReceived = new LongAdder();
    private final LongAdder messagesReceived = new LongAdder();
    private final LongAdder commands = new LongAdder();
    private final LongAdder failedConnections = new LongAdder();
    private final Map<CommandAck.Status, LongAdder> answers = new EnumMap<>(CommandAck.Status.class);
    private final Map<String, PendingCommand> pending = new ConcurrentHashMap<>();
    /** Microseconds from command receipt to door-open sent. */
    private final Histogram roundTrips = new ConcurrentHistogram(3);
    private volatile int connectedWhenStopped = -1;

    RunStatistics(int lockers) {
        this.lockers = lockers;
        for (CommandAck.Status status : CommandAck.Status.values()) {
            answers.put(status, new LongAdder());
        }
    }

    @Override
    public void opened(String lockerId) {
        open.add(lockerId);
        LOG.log(Level.INFO, "{0} connected, hello sent", lockerId);
    }

    @Override
    public void welcomed(String lockerId, Welcome welcome) {
        everWelcomed.add(lockerId);
        connected.add(lockerId);
        LOG.log(Level.INFO, "{0} welcomed by {1}", lockerId, welcome.shepherd());
    }

    @Override
    public void closed(String lockerId, CloseInfo close) {
        connected.remove(lockerId);
        if (close.code() != CloseInfo.NORMAL && close.code() != CloseInfo.GOING_AWAY) {
            failedConnections.increment();
        }
        String change = open.remove(lockerId) ? "disconnected" : "could not connect";
        LOG.log(Level.INFO, "{0} {1}: {2} {3}", lockerId, change, String.valueOf(close.code()), close.reason());
    }

    @Override
    public void frameReceived(String lockerId, String frame) {
        framesReceived.increment();
    }

    @Override
    public void frameSent(String lockerId, String frame) {
        framesSent.increment();
    }

    @Override
    public void messageReceived(String lockerId, LockerMessage message) {
        messagesReceived.increment();
        if (message instanceof Command command) {
            commands.increment();
            pending.put(key(lockerId, command.impulse()), new PendingCommand(command, System.nanoTime()));
        }
    }

    @Override
    public void messageSent(String lockerId, LockerMessage message) {
        if (message instanceof CommandAck ack) {
            answered(lockerId, ack);
        } else if (message instanceof DoorEvent door && door.state() == DoorEvent.State.OPEN
                && door.impulse() != null) {
            PendingCommand command = pending.remove(key(lockerId, door.impulse()));
            if (command != null) {
                roundTrips.recordValue(Math.max(0, (System.nanoTime() - command.receivedNanos()) / 1_000));
            }
        }
    }

    private void answered(String lockerId, CommandAck ack) {
        answers.get(ack.status()).increment();
        PendingCommand pendingCommand = ack.status() == CommandAck.Status.ACCEPTED
                ? pending.get(key(lockerId, ack.impulse()))
                : pending.remove(key(lockerId, ack.impulse()));
        Command command = pendingCommand == null ? null : pendingCommand.command();
        LOG.log(Level.INFO, "{0} command {1} {2} {3}: {4}{5}", lockerId, ack.impulse(),
                command == null ? "?" : command.action(), command == null ? "?" : command.compartment(),
                ack.status().name().toLowerCase(Locale.ROOT),
                ack.reason() == null ? "" : " (" + ack.reason() + ")");
    }

    /** Called before the lockers are closed, so the summary can tell how many were still connected. */
    void stopping() {
        connectedWhenStopped = connected.size();
    }

    boolean everyLockerWelcomed() {
        return everWelcomed.size() == lockers;
    }

    void print(PrintStream out) {
        long malformed = framesReceived.sum() - messagesReceived.sum();
        out.println("--- lockernet simulator summary ---");
        out.printf("lockers: %d configured, %d welcomed at least once, %d connected when stopped%n",
                lockers, everWelcomed.size(), connectedWhenStopped < 0 ? connected.size() : connectedWhenStopped);
        out.printf("frames: %d sent, %d received%n", framesSent.sum(), framesReceived.sum());
        out.printf("commands: %d received, %d accepted, %d expired, %d rejected%n", commands.sum(),
                answers.get(CommandAck.Status.ACCEPTED).sum(), answers.get(CommandAck.Status.EXPIRED).sum(),
                answers.get(CommandAck.Status.REJECTED).sum());
        if (roundTrips.getTotalCount() == 0) {
            out.println("command to door open: no samples");
        } else {
            out.printf("command to door open (ms): p50 %.3f, p99 %.3f, max %.3f (%d samples)%n",
                    millis(roundTrips.getValueAtPercentile(50)), millis(roundTrips.getValueAtPercentile(99)),
                    millis(roundTrips.getMaxValue()), roundTrips.getTotalCount());
        }
        out.printf("errors: %d failed or refused connections, %d malformed frames received%n",
                failedConnections.sum(), malformed);
    }

    private static double millis(long micros) {
        return micros / 1_000.0;
    }

    private static String key(String lockerId, String impulse) {
        return lockerId + '/' + impulse;
    }

    private record PendingCommand(Command command, long receivedNanos) {
    }
}
