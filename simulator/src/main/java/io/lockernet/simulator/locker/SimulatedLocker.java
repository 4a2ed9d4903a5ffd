package io.lockernet.simulator.locker;

import io.lockernet.api.protocol.CodeResult;
import io.lockernet.api.protocol.Command;
import io.lockernet.api.protocol.CompartmentInfo;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.SensorEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

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
 * them; otherwise it has a thread of its own. The link itself (connections, acks, replay) is {@link LockerLink}'s.
 */
public class SimulatedLocker implements AutoCloseable {

    public static final String FIRMWARE = "lockernet-simulator/0.1";

    /** Below the Shepherd's default budget of 50 frames a second, leaving room for live frames. */
    public static final int REPLAY_FRAMES_PER_SECOND = 40;

    private final LockerConfig config;
    private final LockerBehaviour behaviour;
    private final List<LockerListener> listeners = new CopyOnWriteArrayList<>();
    private final Inbox inbox = new Inbox();
    private final LockerLink link;
    private final TokenRenewal tokens;

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
        this.link = new LockerLink(config, http, timers, listeners, inbox);
        this.behaviour = new LockerBehaviour(config.lockerId(), config.compartments(), config.doorOpenTime(),
                Clock.systemUTC(), link::send, timers::later);
        this.tokens = new TokenRenewal(config.lockerId(), config.tokens(), behaviour::reauth, timers::laterOnNetwork);
        link.serve(behaviour, tokens, new HostileActs(config.lockerId(), behaviour.faults(), behaviour, link::transmit,
                timers::later));
    }

    /**
     * Protocol v1.1 acknowledgements, on by default: the locker asks for an {@code ack} per event and keeps each event
     * until it comes. Off: a v1 locker, which loses a frame written into a breaking connection.
     */
    public SimulatedLocker acknowledging(boolean on) {
        link.outbox().asksForAcks(on);
        return this;
    }

    /** Events sent and not acknowledged yet (v1.1). */
    public int unacknowledgedEvents() {
        return link.outbox().unacknowledged();
    }

    /** Reconnect after an unexpected drop, with backoff; off by default. */
    public SimulatedLocker reconnecting(boolean on) {
        link.reconnecting(on);
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
        return addListener(LockerListener.received(type, consumer));
    }

    /** For tests that only need to watch one kind of message this locker sends (replays included). */
    public <T extends LockerMessage> SimulatedLocker onSent(Class<T> type, Consumer<T> consumer) {
        return addListener(LockerListener.sent(type, consumer));
    }

    /**
     * Opens the WebSocket (with the token, if the token source gives one) and sends hello. The future completes
     * once hello is on its way; it fails if there is no token, no Shepherd, or the upgrade is refused
     * ({@link HandshakeRefusedException} carries the HTTP status). The Shepherd's answer comes later: see
     * {@link #awaitWelcome} and {@link #awaitClosed}.
     */
    public CompletableFuture<Void> connect() {
        return link.connect();
    }

    public boolean awaitWelcome(Duration timeout) {
        return link.awaitWelcome(timeout);
    }

    /** How the latest connection ended; empty if it is still open when the timeout passes. */
    public Optional<CloseInfo> awaitClosed(Duration timeout) {
        return link.awaitClosed(timeout);
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
        link.sendRaw(frame);
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
        link.outage(length);
    }

    /** The faults of this locker, to switch on and off while it runs. */
    public Faults faults() {
        return behaviour.faults();
    }

    /** Events kept while offline and not yet replayed. */
    public int bufferedEvents() {
        return link.outbox().waiting();
    }

    /** Events lost because the offline buffer was full. */
    public long lostEvents() {
        return link.outbox().lost();
    }

    public boolean isConnected() {
        return link.isConnected();
    }

    /** The sequence number of the last frame this locker sent (raw frames not counted). */
    public long lastSeq() {
        return behaviour.lastSeq();
    }

    /**
     * The version of the configuration the locker has: one of its own (derived from {@link LockerConfig#compartments})
     * until it applied a {@code configure}, then that frame's {@code configVersion}. Its {@code hello} reports it.
     */
    public String configVersion() {
        return behaviour.configVersion();
    }

    /**
     * The compartments the locker has now, as its next {@code hello} reports them: {@link LockerConfig#compartments}
     * until it applied a {@code configure}, then the layout's. A {@link #outage} makes it say hello again.
     */
    public List<CompartmentInfo> compartments() {
        return behaviour.compartments();
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
        return link.refusedWith();
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
        return link.closeAsync();
    }

    /** The Shepherd this locker connects to next, or is connected to. */
    public URI endpoint() {
        return link.endpoint();
    }
}
