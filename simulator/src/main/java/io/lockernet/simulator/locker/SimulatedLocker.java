package io.lockernet.simulator.locker;

import io.lockernet.api.protocol.Ack;
import io.lockernet.api.protocol.CloseCodes;
import io.lockernet.api.protocol.CodeResult;
import io.lockernet.api.protocol.Command;
import io.lockernet.api.protocol.Hello;
import io.lockernet.api.protocol.SensorEvent;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.MalformedMessageException;
import io.lockernet.api.protocol.MessageCodec;
import io.lockernet.api.protocol.Reauthenticated;
import io.lockernet.api.protocol.Welcome;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A locker that connects to a Shepherd over WebSocket and behaves like the firmware: hello, then commands
 * answered and doors opened and closed. Made for integration tests (await methods, raw frames, tamper) and
 * driven by the command-line simulator. Sequence numbers keep rising for the life of this object, across
 * reconnects.
 *
 * <p>Reconnecting after a drop is off unless {@link #reconnecting(boolean)} turns it on, so that a test sees
 * exactly the connections it made.
 *
 * <p>Events produced while there is no link (a door closing, vitals, sensor readings) are kept in an
 * {@link OfflineBuffer} and replayed after the next {@code welcome}, oldest first and at most
 * {@value #REPLAY_FRAMES_PER_SECOND} frames a second, so that a long buffer stays within the Shepherd's frame budget.
 *
 * <p>A locker made with {@link LockerThreads} shares its threads and HTTP client with the other lockers made with
 * them; otherwise it has a thread of its own.
 */
public class SimulatedLocker implements AutoCloseable {

    public static final String FIRMWARE = "lockernet-simulator/0.1";

    private static final System.Logger LOG = System.getLogger(SimulatedLocker.class.getName());
    private static final Duration CLOSE_PATIENCE = Duration.ofSeconds(2);
    private static final Pattern REASSIGNED_TO = Pattern.compile("reassigned to ([A-Za-z0-9-]+)");
    /** Below the Shepherd's default budget of 50 frames a second, leaving room for live frames. */
    public static final int REPLAY_FRAMES_PER_SECOND = 40;

    private final LockerConfig config;
    private final HttpClient http;
    private final LockerTimers timers;
    private final LockerBehaviour behaviour;
    private final ReconnectBackoff backoff = new ReconnectBackoff();
    private final ConnectionState state = new ConnectionState();
    private final List<LockerListener> listeners = new CopyOnWriteArrayList<>();
    private final Inbox inbox = new Inbox();
    private final OfflineBuffer buffer = new OfflineBuffer(OfflineBuffer.DEFAULT_CAPACITY);
    private final Unacknowledged unacknowledged = new Unacknowledged(OfflineBuffer.DEFAULT_CAPACITY);
    /** Protocol v1.1: ask for an ack per event (in hello); on by default. */
    private volatile boolean asksForAcks = true;
    /** The welcome of the current connection promised acks. */
    private volatile boolean acknowledged;
    /** The seq of the current connection's hello: what was sent before it belongs to an earlier connection. */
    private volatile long helloSeq;
    private volatile boolean reconnect;
    /** Where the next connection goes: the primary Shepherd, the fallback, or the one an operator moved it to. */
    private volatile URI target;
    private volatile boolean welcomedSinceOpen;
    /** Until then the locker has no network: connecting fails at once, as on a GSM link in a dead spot. */
    private volatile Instant noNetworkUntil = Instant.MIN;
    /** How the Shepherd refused this locker while it was hostile; it stays away from then on. */
    private volatile CloseInfo refusedWith;
    private final TokenRenewal tokens;
    private final HostileActs hostileActs;

    public SimulatedLocker(LockerConfig config) {
        this(config, HttpClient.newHttpClient());
    }

    /** Many lockers can share one client (one selector thread) instead of each starting its own. */
    public SimulatedLocker(LockerConfig config, HttpClient http) {
        this(config, http, LockerTimers.own(config.lockerId()));
    }

    /** Thousands of lockers can share a few threads and one client; close the threads after the lockers. */
    public SimulatedLocker(LockerConfig config, LockerThreads threads) {
        this(config, threads.http(), LockerTimers.shared(config.lockerId(), threads));
    }

    private SimulatedLocker(LockerConfig config, HttpClient http, LockerTimers timers) {
        this.config = config;
        this.http = http;
        this.timers = timers;
        this.target = config.shepherdEndpoint();
        this.behaviour = new LockerBehaviour(config.lockerId(), config.compartments(), config.doorOpenTime(),
                Clock.systemUTC(), this::send, timers::later);
        this.tokens = new TokenRenewal(config.lockerId(), config.tokens(), behaviour::reauth, timers::laterOnNetwork);
        this.hostileActs = new HostileActs(config.lockerId(), behaviour.faults(), behaviour, this::transmit,
                timers::later);
    }

    /**
     * Protocol v1.1 acknowledgements, on by default: the locker asks for an {@code ack} per event and keeps each event
     * until it comes. Off: a v1 locker, which loses a frame written into a breaking connection.
     */
    public SimulatedLocker acknowledging(boolean on) {
        this.asksForAcks = on;
        return this;
    }

    /** Events sent and not acknowledged yet (v1.1). */
    public int unacknowledgedEvents() {
        return unacknowledged.size();
    }

    /** Whether an event sent now is kept until acknowledged: from hello on, unless the welcome promised no acks. */
    private boolean keepsUntilAcknowledged(LockerMessage message) {
        return asksForAcks && (acknowledged || !welcomedSinceOpen) && OfflineBuffer.worthKeeping(message);
    }

    /** Reconnect after an unexpected drop, with backoff; off by default. */
    public SimulatedLocker reconnecting(boolean on) {
        this.reconnect = on;
        return this;
    }

    /**
     * Re-authenticate on the open connection before the token expires (on by default, as real firmware must); off
     * lets a test watch the Shepherd end a link whose token expired.
     */
    public SimulatedLocker reauthenticating(boolean on) {
        tokens.enabled(on);
        return this;
    }

    /** Sends a fresh token from the token source now, on the open connection. */
    public void reauthenticate() {
        tokens.renewNow();
    }

    public SimulatedLocker addListener(LockerListener listener) {
        listeners.add(listener);
        return this;
    }

    /** For tests that only need to watch one kind of message. */
    public <T extends LockerMessage> SimulatedLocker onReceived(Class<T> type, Consumer<T> consumer) {
        return addListener(new LockerListener() {
            @Override
            public void messageReceived(String lockerId, LockerMessage message) {
                if (type.isInstance(message)) {
                    consumer.accept(type.cast(message));
                }
            }
        });
    }

    /** For tests that only need to watch one kind of message this locker sends (replays included). */
    public <T extends LockerMessage> SimulatedLocker onSent(Class<T> type, Consumer<T> consumer) {
        return addListener(new LockerListener() {
            @Override
            public void messageSent(String lockerId, LockerMessage message) {
                if (type.isInstance(message)) {
                    consumer.accept(type.cast(message));
                }
            }
        });
    }

    /**
     * Opens the WebSocket (with the token, if the token source gives one) and sends hello. The future completes
     * once hello is on its way; it fails if there is no token, no Shepherd, or the upgrade is refused
     * ({@link HandshakeRefusedException} carries the HTTP status). The Shepherd's answer comes later: see
     * {@link #awaitWelcome} and {@link #awaitClosed}.
     */
    public CompletableFuture<Void> connect() {
        state.startConnecting();
        return open();
    }

    public boolean awaitWelcome(Duration timeout) {
        return state.awaitWelcome(timeout);
    }

    /** How the latest connection ended; empty if it is still open when the timeout passes. */
    public Optional<CloseInfo> awaitClosed(Duration timeout) {
        return state.awaitClosed(timeout);
    }

    /** The next command not yet claimed by an earlier call, waiting up to the timeout for one. */
    public Optional<Command> awaitCommand(Duration timeout) {
        return inbox.claimCommand(timeout);
    }

    /** Every command received (the latest ten thousand), whether or not claimed by {@link #awaitCommand}. */
    public List<Command> receivedCommands() {
        return inbox.commands();
    }

    /** Every text frame received from the Shepherd (the latest ten thousand), valid or not. */
    public List<String> receivedFrames() {
        return inbox.frames();
    }

    /** Sends a frame exactly as given: for malformed, forged or out-of-order frames. */
    public void sendRaw(String frame) {
        if (!state.isOpen()) {
            throw new IllegalStateException(config.lockerId() + " is not connected");
        }
        transmit(frame);
    }

    public void ping(String nonce) {
        behaviour.ping(nonce);
    }

    /** A customer types a pickup code on the keypad; the answer comes as a {@link CodeResult}. */
    public void enterCode(String code) {
        behaviour.enterCode(code);
    }

    /** The next keypad answer not yet claimed, waiting up to the timeout for one. */
    public Optional<CodeResult> awaitCodeResult(Duration timeout) {
        return inbox.claimCodeResult(timeout);
    }

    /** Reports the device's vitals (history tier). */
    public void reportVitals(double temperatureC, double supplyVoltage, int batteryPercent, int signalDbm) {
        behaviour.vitals(temperatureC, supplyVoltage, batteryPercent, signalDbm);
    }

    /** A compartment sensor reading: occupancy (history tier) or motion (realtime). */
    public void sense(String compartment, SensorEvent.Kind kind, boolean value) {
        behaviour.sense(compartment, kind, value);
    }

    /** A forced door: door open with no impulse, which the Core treats as tamper; it closes after doorOpenTime. */
    public void openDoorWithoutImpulse(String compartment) {
        behaviour.openDoorWithoutImpulse(compartment);
    }

    /**
     * The link drops without a close handshake and the network stays away for the given time; the locker goes on
     * working (doors close, sensors read) and keeps its events for replay, then reconnects with its backoff.
     * Turns reconnecting on: a locker in the field always comes back.
     */
    public void outage(Duration length) {
        noNetworkUntil = Instant.now().plus(length);
        reconnect = true;
        Connection connection = state.current();
        if (connection != null) {
            connection.abort("simulated outage of " + length.toMillis() + " ms");
        }
    }

    /** The faults of this locker, to switch on and off while it runs. */
    public Faults faults() {
        return behaviour.faults();
    }

    /** Events kept while offline and not yet replayed. */
    public int bufferedEvents() {
        return buffer.size();
    }

    /** Events lost because the offline buffer was full. */
    public long lostEvents() {
        return buffer.lost() + unacknowledged.lost();
    }

    public boolean isConnected() {
        return state.isOpen();
    }

    /** The sequence number of the last frame this locker sent (raw frames not counted). */
    public long lastSeq() {
        return behaviour.lastSeq();
    }

    public String lockerId() {
        return config.lockerId();
    }

    public LockerConfig config() {
        return config;
    }

    /**
     * How the Shepherd refused this locker while it was {@link Faults#hostile hostile}: a hostile locker does not
     * reconnect after that. Empty while it has not been refused.
     */
    public Optional<CloseInfo> refusedWith() {
        return Optional.ofNullable(refusedWith);
    }

    /** Closes the connection with 1000 and stops the locker's timers; doors still open stay open. */
    @Override
    public void close() {
        closeAsync().join();
    }

    /**
     * As {@link #close}, without waiting: completes once the Shepherd answered the close, or after a short patience.
     * For closing many lockers at once.
     */
    public CompletableFuture<Void> closeAsync() {
        Connection connection = state.stop();
        CompletableFuture<Void> closing = connection == null ? CompletableFuture.completedFuture(null)
                : connection.close(CloseInfo.NORMAL, "locker shutting down", CLOSE_PATIENCE);
        return closing.whenComplete((ignored, error) -> timers.close());
    }

    private CompletableFuture<Void> open() {
        URI endpoint = target;
        welcomedSinceOpen = false;
        acknowledged = false;
        Connection connection = new Connection(config.lockerId(), this::received);
        state.replace(connection);
        connection.closed().thenAccept(close -> ended(connection, close));
        if (Instant.now().isBefore(noNetworkUntil)) {
            IOException noNetwork = new IOException("no network until " + noNetworkUntil + " (simulated outage)");
            connection.failed(noNetwork);
            return CompletableFuture.failedFuture(noNetwork);
        }
        return CompletableFuture.supplyAsync(tokens::forConnecting, timers.network())
                .thenCompose(token -> connection.open(http, endpoint, token))
                .thenRun(() -> {
                    LOG.log(Level.DEBUG, "{0}: connected to {1}", config.lockerId(), endpoint);
                    listeners.forEach(l -> l.opened(config.lockerId()));
                    behaviour.hello(FIRMWARE, configVersion(), config.compartments(), asksForAcks);
                })
                .whenComplete((ignored, error) -> {
                    if (error != null) {
                        connection.failed(error.getCause() != null ? error.getCause() : error);
                    }
                });
    }

    private void ended(Connection connection, CloseInfo close) {
        if (state.current() == connection) {
            // what the Shepherd did not acknowledge goes again after the next welcome, before what happened since
            buffer.restore(unacknowledged.takeAll());
        }
        if (!faults().hostility().isEmpty() && Hostility.refusedBy(close) && state.current() == connection) {
            refusedWith = close;
            LOG.log(Level.DEBUG, "{0}: refused while hostile, staying away: {1}", config.lockerId(), close);
            listeners.forEach(l -> l.refused(config.lockerId(), close));
        }
        boolean again = state.closed(connection, close, reconnect && refusedWith == null);
        if (again) {
            target = nextTarget(close);
        }
        LOG.log(Level.DEBUG, "{0}: connection ended {1}", config.lockerId(), close);
        listeners.forEach(l -> l.closed(config.lockerId(), close));
        if (again) {
            Duration delay = backoff.after(close);
            LOG.log(Level.DEBUG, "{0}: reconnecting in {1}", config.lockerId(), delay);
            timers.later(delay, () -> {
                if (state.mayReconnect()) {
                    open();
                }
            });
        }
    }

    /**
     * After 4410 the Shepherd the close reason names ("reassigned to shepherd-2"); with a fallback, the other address
     * when the Shepherd said it is going away (1001) or the attempt never got a welcome; otherwise the same address.
     */
    private URI nextTarget(CloseInfo close) {
        if (close.code() == CloseCodes.REASSIGNED) {
            Matcher named = REASSIGNED_TO.matcher(close.reason() == null ? "" : close.reason());
            if (named.find()) {
                return URI.create(target.toString().replaceFirst("/[^/]+/lockers$", "/" + named.group(1) + "/lockers"));
            }
        }
        URI fallback = config.fallbackEndpoint();
        if (fallback != null && (close.code() == CloseInfo.GOING_AWAY || !welcomedSinceOpen)) {
            URI other = target.equals(fallback) ? config.shepherdEndpoint() : fallback;
            LOG.log(Level.INFO, "{0}: trying {1} next", config.lockerId(), other);
            return other;
        }
        return target;
    }

    /** The Shepherd this locker connects to next, or is connected to. */
    public URI endpoint() {
        return target;
    }

    private void received(String frame) {
        inbox.frame(frame);
        listeners.forEach(l -> l.frameReceived(config.lockerId(), frame));
        LockerMessage message;
        try {
            message = MessageCodec.read(frame);
        } catch (MalformedMessageException e) {
            LOG.log(Level.WARNING, "{0}: ignoring a malformed frame from the Shepherd: {1}",
                    config.lockerId(), e.getMessage());
            return;
        }
        listeners.forEach(l -> l.messageReceived(config.lockerId(), message));
        if (message instanceof Welcome welcome) {
            acknowledged = asksForAcks && welcome.acks();
            if (acknowledged) {
                // anything of an earlier connection still here (it ended while the event was being sent) goes again
                buffer.restore(unacknowledged.takeBefore(helloSeq));
            } else {
                unacknowledged.takeAll(); // a v1 Shepherd: no acks will come, what went out went out
            }
            welcomedSinceOpen = true;
            backoff.welcomed();
            state.welcomed();
            listeners.forEach(l -> l.welcomed(config.lockerId(), welcome));
            renewWhileOpen(state.current());
            Connection welcomed = state.current();
            timers.later(Duration.ZERO, () -> replay(welcomed));
            timers.later(Duration.ZERO, () -> hostileActs.start(() -> lasts(welcomed)));
        } else if (message instanceof Reauthenticated) {
            renewWhileOpen(state.current());
        } else if (message instanceof Command command) {
            inbox.command(command);
        } else if (message instanceof CodeResult result) {
            inbox.codeResult(result);
        } else if (message instanceof Ack ack) {
            unacknowledged.acknowledged(ack.seqs());
        }
        behaviour.receive(message);
    }

    private void send(LockerMessage message) {
        if (!state.isOpen()) {
            if (buffer.keep(message)) {
                LOG.log(Level.DEBUG, "{0}: offline, {1} seq {2} kept for replay",
                        config.lockerId(), message.type(), String.valueOf(message.seq()));
            } else {
                LOG.log(Level.DEBUG, "{0}: offline, {1} seq {2} dropped (means nothing later)",
                        config.lockerId(), message.type(), String.valueOf(message.seq()));
            }
            return;
        }
        if (message instanceof Hello) {
            helloSeq = message.seq();
        }
        if (keepsUntilAcknowledged(message)) {
            unacknowledged.sent(message);
        }
        if (OfflineBuffer.worthKeeping(message) && behaviour.faults().takeBreakLinkWithNextEvent()) {
            Connection breaking = state.current();
            LOG.log(Level.DEBUG, "{0}: {1} seq {2} written into a breaking link", config.lockerId(), message.type(),
                    String.valueOf(message.seq()));
            if (breaking != null) {
                breaking.abort("simulated: the link broke while " + message.type() + " was being written");
            }
            return;
        }
        listeners.forEach(l -> l.messageSent(config.lockerId(), message));
        transmit(MessageCodec.write(message));
    }

    /** Sends the next slice of kept events on this connection, then the next a second later, until none is left. */
    private void replay(Connection connection) {
        List<LockerMessage> slice = buffer.take(REPLAY_FRAMES_PER_SECOND);
        for (int i = 0; i < slice.size(); i++) {
            if (state.current() != connection || !connection.isOpen()) {
                buffer.putBack(slice.subList(i, slice.size()));
                return;
            }
            LockerMessage message = slice.get(i);
            if (keepsUntilAcknowledged(message)) {
                unacknowledged.sent(message);
            }
            listeners.forEach(l -> l.messageSent(config.lockerId(), message));
            transmit(MessageCodec.write(message));
        }
        if (buffer.size() > 0) {
            timers.later(Duration.ofSeconds(1), () -> replay(connection));
        }
    }

    private void transmit(String frame) {
        Connection connection = state.current();
        if (connection == null || !connection.isOpen()) {
            LOG.log(Level.WARNING, "{0}: not connected, frame not sent: {1}", config.lockerId(), frame);
            return;
        }
        listeners.forEach(l -> l.frameSent(config.lockerId(), frame));
        connection.send(frame);
    }

    private void renewWhileOpen(Connection connection) {
        tokens.plan(() -> lasts(connection));
    }

    private boolean lasts(Connection connection) {
        return state.current() == connection && connection != null && connection.isOpen();
    }

    private String configVersion() {
        return "layout-" + Integer.toHexString(config.compartments().hashCode());
    }
}
