package io.lockernet.simulator.locker;

import io.lockernet.api.protocol.Ack;
import io.lockernet.api.protocol.CodeResult;
import io.lockernet.api.protocol.Command;
import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.MalformedMessageException;
import io.lockernet.api.protocol.MessageCodec;
import io.lockernet.api.protocol.Reauthenticated;
import io.lockernet.api.protocol.Welcome;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link SimulatedLocker}'s link to its Shepherd: one WebSocket connection after another, each opened with a token
 * and a hello; frames received go to the locker's behaviour and its inbox; events go out through the {@link Outbox}
 * (kept while the link is down, replayed after the next welcome); after a drop it reconnects with backoff to the
 * Shepherd that {@link ShepherdTargets} names.
 */
final class LockerLink {

    private static final System.Logger LOG = System.getLogger(LockerLink.class.getName());
    private static final Duration CLOSE_PATIENCE = Duration.ofSeconds(2);

    private final LockerConfig config;
    private final HttpClient http;
    private final LockerTimers timers;
    private final List<LockerListener> listeners;
    private final Inbox inbox;
    private final Outbox outbox;
    private final ShepherdTargets targets;
    private final ReconnectBackoff backoff = new ReconnectBackoff();
    private final ConnectionState state = new ConnectionState();
    private volatile boolean reconnect;
    /** Until then the locker has no network: connecting fails at once, as on a GSM link in a dead spot. */
    private volatile Instant noNetworkUntil = Instant.MIN;
    /** How the Shepherd refused this locker while it was hostile; it stays away from then on. */
    private volatile CloseInfo refusedWith;
    private LockerBehaviour behaviour;
    private TokenRenewal tokens;
    private HostileActs hostileActs;

    LockerLink(LockerConfig config, HttpClient http, LockerTimers timers, List<LockerListener> listeners,
            Inbox inbox) {
        this.config = config;
        this.http = http;
        this.timers = timers;
        this.listeners = listeners;
        this.inbox = inbox;
        this.outbox = new Outbox(config.lockerId());
        this.targets = new ShepherdTargets(config);
    }

    /** What the link serves, made after it (they send through it). */
    void serve(LockerBehaviour behaviour, TokenRenewal tokens, HostileActs hostileActs) {
        this.behaviour = behaviour;
        this.tokens = tokens;
        this.hostileActs = hostileActs;
    }

    Outbox outbox() {
        return outbox;
    }

    void reconnecting(boolean on) {
        this.reconnect = on;
    }

    CompletableFuture<Void> connect() {
        state.startConnecting();
        return open();
    }

    boolean awaitWelcome(Duration timeout) {
        return state.awaitWelcome(timeout);
    }

    Optional<CloseInfo> awaitClosed(Duration timeout) {
        return state.awaitClosed(timeout);
    }

    void sendRaw(String frame) {
        if (!state.isOpen()) {
            throw new IllegalStateException(config.lockerId() + " is not connected");
        }
        transmit(frame);
    }

    void outage(Duration length) {
        noNetworkUntil = Instant.now().plus(length);
        reconnect = true;
        Connection connection = state.current();
        if (connection != null) {
            connection.abort("simulated outage of " + length.toMillis() + " ms");
        }
    }

    boolean isConnected() {
        return state.isOpen();
    }

    URI endpoint() {
        return targets.current();
    }

    Optional<CloseInfo> refusedWith() {
        return Optional.ofNullable(refusedWith);
    }

    CompletableFuture<Void> closeAsync() {
        Connection connection = state.stop();
        CompletableFuture<Void> closing = connection == null ? CompletableFuture.completedFuture(null)
                : connection.close(CloseInfo.NORMAL, "locker shutting down", CLOSE_PATIENCE);
        return closing.whenComplete((ignored, error) -> timers.close());
    }

    private CompletableFuture<Void> open() {
        URI endpoint = targets.current();
        outbox.opening();
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
                    behaviour.hello(SimulatedLocker.FIRMWARE, outbox.asksForAcks());
                })
                .whenComplete((ignored, error) -> {
                    if (error != null) {
                        connection.failed(error.getCause() != null ? error.getCause() : error);
                    }
                });
    }

    private void ended(Connection connection, CloseInfo close) {
        if (state.current() == connection) {
            outbox.connectionEnded();
        }
        if (!behaviour.faults().hostility().isEmpty() && Hostility.refusedBy(close) && state.current() == connection) {
            refusedWith = close;
            LOG.log(Level.DEBUG, "{0}: refused while hostile, staying away: {1}", config.lockerId(), close);
            listeners.forEach(l -> l.refused(config.lockerId(), close));
        }
        boolean again = state.closed(connection, close, reconnect && refusedWith == null);
        if (again) {
            targets.after(close, outbox.welcomed());
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
            outbox.welcomed(welcome);
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
            outbox.acknowledged(ack);
        }
        behaviour.receive(message);
    }

    /** An event of the locker's behaviour: out now on the open link, or kept for the next one. */
    void send(LockerMessage message) {
        if (!state.isOpen()) {
            outbox.keepOffline(message);
            return;
        }
        outbox.sending(message);
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
        List<LockerMessage> slice = outbox.takeForReplay(SimulatedLocker.REPLAY_FRAMES_PER_SECOND);
        for (int i = 0; i < slice.size(); i++) {
            if (state.current() != connection || !connection.isOpen()) {
                outbox.putBack(slice.subList(i, slice.size()));
                return;
            }
            LockerMessage message = slice.get(i);
            outbox.sending(message);
            listeners.forEach(l -> l.messageSent(config.lockerId(), message));
            transmit(MessageCodec.write(message));
        }
        if (outbox.waiting() > 0) {
            timers.later(Duration.ofSeconds(1), () -> replay(connection));
        }
    }

    /** A frame as it is, on the open link (hostile acts and raw frames use it too). */
    void transmit(String frame) {
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
}
