package io.lockernet.simulator;

import io.lockernet.api.protocol.Command;
import io.lockernet.api.protocol.CommandAck;
import io.lockernet.api.protocol.DoorEvent;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.Welcome;
import io.lockernet.simulator.locker.CloseInfo;
import io.lockernet.simulator.RunSummary.Count;
import io.lockernet.simulator.locker.LockerListener;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Watches every simulated locker of a run: logs one line per connection change and per command, counts frames
 * and outcomes, and measures how long a locker takes from receiving a command to sending its door-open. A hostile
 * locker that is refused is counted apart: that is what it is for.
 */
final class RunStatistics implements LockerListener {

    private static final System.Logger LOG = System.getLogger(RunStatistics.class.getName());

    private final int lockers;
    private final int hostileLockers;
    private final Set<String> everWelcomed = ConcurrentHashMap.newKeySet();
    private final Set<String> connected = ConcurrentHashMap.newKeySet();
    private final Set<String> open = ConcurrentHashMap.newKeySet();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final LongAdder framesSent = new LongAdder();
    private final LongAdder framesReceived = new LongAdder();
    private final LongAdder messagesSent = new LongAdder();
    private final LongAdder messagesReceived = new LongAdder();
    private final LongAdder commands = new LongAdder();
    private final LongAdder unexpectedDisconnects = new LongAdder();
    private final Map<Integer, LongAdder> failuresByCode = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> refusalsByCode = new ConcurrentHashMap<>();
    private final Map<CommandAck.Status, LongAdder> answers = new EnumMap<>(CommandAck.Status.class);
    private final Map<String, PendingCommand> pending = new ConcurrentHashMap<>();
    /** Microseconds from command receipt to door-open sent. */
    private final Histogram roundTrips = new ConcurrentHistogram(3);
    private volatile int connectedWhenStopped = -1;

    RunStatistics(int lockers, int hostileLockers) {
        this.lockers = lockers;
        this.hostileLockers = hostileLockers;
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
    public void refused(String lockerId, CloseInfo close) {
        refused.add(lockerId);
        refusalsByCode.computeIfAbsent(close.code(), code -> new LongAdder()).increment();
        LOG.log(Level.INFO, "{0} refused as hostile, staying away: {1} {2}", lockerId, String.valueOf(close.code()),
                close.reason());
    }

    @Override
    public void closed(String lockerId, CloseInfo close) {
        connected.remove(lockerId);
        boolean wasOpen = open.remove(lockerId);
        if (refused.contains(lockerId)) {
            return;
        }
        if (wasOpen && !stopped()) {
            unexpectedDisconnects.increment();
        }
        if (close.code() != CloseInfo.NORMAL && close.code() != CloseInfo.GOING_AWAY) {
            failuresByCode.computeIfAbsent(close.code(), code -> new LongAdder()).increment();
        }
        String change = wasOpen ? "disconnected" : "could not connect";
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
        messagesSent.increment();
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

    /** The numbers so far; the lockers connected are those of {@link #stopping} once that was called. */
    RunSummary summary() {
        Map<Count, Long> counts = new EnumMap<>(Count.class);
        counts.put(Count.LOCKERS, (long) lockers);
        counts.put(Count.HOSTILE_LOCKERS, (long) hostileLockers);
        counts.put(Count.EVER_WELCOMED, (long) everWelcomed.size());
        counts.put(Count.CONNECTED_AT_END, (long) (stopped() ? connectedWhenStopped : connected.size()));
        counts.put(Count.UNEXPECTED_DISCONNECTS, unexpectedDisconnects.sum());
        counts.put(Count.MESSAGES_SENT, messagesSent.sum());
        counts.put(Count.MESSAGES_RECEIVED, messagesReceived.sum());
        counts.put(Count.FRAMES_SENT, framesSent.sum());
        counts.put(Count.FRAMES_RECEIVED, framesReceived.sum());
        counts.put(Count.MALFORMED_RECEIVED, framesReceived.sum() - messagesReceived.sum());
        counts.put(Count.COMMANDS, commands.sum());
        counts.put(Count.ACCEPTED, answers.get(CommandAck.Status.ACCEPTED).sum());
        counts.put(Count.EXPIRED, answers.get(CommandAck.Status.EXPIRED).sum());
        counts.put(Count.REJECTED, answers.get(CommandAck.Status.REJECTED).sum());
        return new RunSummary(counts, sums(failuresByCode), sums(refusalsByCode), roundTrips);
    }

    void print(PrintStream out) {
        summary().print(out);
    }

    private boolean stopped() {
        return connectedWhenStopped >= 0;
    }

    private static Map<Integer, Long> sums(Map<Integer, LongAdder> byCode) {
        Map<Integer, Long> sums = new HashMap<>();
        byCode.forEach((code, adder) -> sums.put(code, adder.sum()));
        return sums;
    }

    private static String key(String lockerId, String impulse) {
        return lockerId + '/' + impulse;
    }

    private record PendingCommand(Command command, long receivedNanos) {
    }
}
