package io.lockernet.simulator.locker;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One WebSocket connection of a locker to its Shepherd, from the upgrade to the close. Gathers fragmented text
 * into whole frames and puts outgoing frames in a row: java.net.http allows only one send in flight.
 */
final class Connection implements WebSocket.Listener {

    private static final System.Logger LOG = System.getLogger(Connection.class.getName());
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final String lockerId;
    private final Consumer<String> frames;
    private final CompletableFuture<CloseInfo> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);
    private volatile WebSocket socket;
    /** Set once this side sent a close frame: whatever happens next is the end of that close, not a failure. */
    private volatile CloseInfo closing;
    /** Set when this side gave up before the upgrade finished: the late socket is then thrown away. */
    private volatile boolean abandoned;

    Connection(String lockerId, Consumer<String> frames) {
        this.lockerId = lockerId;
        this.frames = frames;
    }

    /** Completes when the upgrade succeeded; fails with {@link HandshakeRefusedException} on an HTTP refusal. */
    CompletableFuture<Void> open(HttpClient http, URI endpoint, String token) {
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(CONNECT_TIMEOUT);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.buildAsync(endpoint, this).handle((webSocket, error) -> {
            if (error != null) {
                RuntimeException failure = explain(unwrap(error));
                failed(failure);
                throw failure;
            }
            if (abandoned) {
                // the locker was closed while the upgrade was under way. A Shepherd that refuses the locker
                // right after the upgrade (4401, 4403, ...) may also close before we get here: that is an
                // answer, kept in closed(), not a failure to connect.
                webSocket.abort();
                throw new IllegalStateException("closed while connecting");
            }
            socket = webSocket;
            return null;
        });
    }

    /** The close code and reason the Shepherd sent, or an abnormal close when the connection broke. */
    CompletableFuture<CloseInfo> closed() {
        return closed;
    }

    boolean isOpen() {
        return socket != null && !closed.isDone();
    }

    void failed(Throwable error) {
        closed.complete(CloseInfo.abnormal(error.getMessage() != null ? error.getMessage() : error.toString()));
    }

    synchronized void send(String frame) {
        WebSocket target = socket;
        sending = sending.handle((ignored, earlierError) -> null)
                .thenCompose(ignored -> target.sendText(frame, true))
                .whenComplete((ignored, error) -> {
                    if (error != null) {
                        LOG.log(System.Logger.Level.WARNING, "{0}: frame not sent: {1}", lockerId, error.toString());
                    }
                });
    }

    /**
     * Sends a close frame after whatever is queued and hangs up once the Shepherd answered, or when the patience ran
     * out without an answer; the future completes then.
     */
    CompletableFuture<Void> close(int code, String reason, Duration patience) {
        WebSocket target = socket;
        if (target == null || closed.isDone()) {
            abandoned = target == null;
            closed.complete(new CloseInfo(code, reason));
            return CompletableFuture.completedFuture(null);
        }
        closing = new CloseInfo(code, reason);
        synchronized (this) {
            sending = sending.handle((ignored, earlierError) -> null)
                    .thenCompose(ignored -> target.sendClose(code, reason));
        }
        return closed.copy().completeOnTimeout(null, patience.toMillis(), TimeUnit.MILLISECONDS).thenAccept(answer -> {
            if (answer == null) {
                LOG.log(System.Logger.Level.DEBUG, "{0}: no close answer from the Shepherd within {1}; aborting",
                        lockerId, patience);
            }
            target.abort();
            closed.complete(new CloseInfo(code, reason));
        });
    }

    /** The link is lost without a close handshake (a GSM outage, a cut cable): the Shepherd only sees TCP end. */
    void abort(String why) {
        WebSocket target = socket;
        abandoned = target == null;
        closed.complete(CloseInfo.abnormal(why));
        if (target != null) {
            target.abort();
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String frame = partial.toString();
            partial.setLength(0);
            frames.accept(frame);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new CloseInfo(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        if (closing != null) {
            closed.complete(closing);
        } else {
            failed(error);
        }
    }

    private static RuntimeException explain(Throwable error) {
        if (error instanceof WebSocketHandshakeException refused) {
            return new HandshakeRefusedException(refused.getResponse().statusCode(), refused);
        }
        return error instanceof RuntimeException runtime ? runtime : new CompletionException(error);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
