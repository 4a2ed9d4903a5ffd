package io.lockernet.simulator.locker;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The locker's token over the life of a connection: the one it connected with, and a fresh one sent with
 * {@code reauth} shortly before that expires, again and again, for as long as the connection lasts.
 */
final class TokenRenewal {

    private static final System.Logger LOG = System.getLogger(TokenRenewal.class.getName());
    /** Inside the token source's renewal window (30 s), so that the token sent is a fresh one. */
    private static final Duration BEFORE_EXPIRY = Duration.ofSeconds(20);

    private final String lockerId;
    private final TokenSource source;
    private final Consumer<String> reauth;
    private final BiConsumer<Duration, Runnable> later;
    private volatile boolean enabled = true;
    private volatile String current;

    TokenRenewal(String lockerId, TokenSource source, Consumer<String> reauth, BiConsumer<Duration, Runnable> later) {
        this.lockerId = lockerId;
        this.source = source;
        this.reauth = reauth;
        this.later = later;
    }

    void enabled(boolean on) {
        this.enabled = on;
    }

    /** A token for a new connection. */
    String forConnecting() {
        current = source.token();
        return current;
    }

    /** Sends a fresh token on the open connection now. */
    void renewNow() {
        current = source.token();
        reauth.accept(current);
    }

    /** Plans the next renewal for shortly before the current token expires, if the connection still lasts then. */
    void plan(BooleanSupplier connectionLasts) {
        String token = current;
        if (!enabled || token == null) {
            return;
        }
        Instant expires;
        try {
            expires = TokenExpiry.of(token);
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "{0}: token without a readable expiry, no re-authentication", lockerId);
            return;
        }
        Duration delay = Duration.between(Instant.now(), expires.minus(BEFORE_EXPIRY));
        later.accept(delay.isNegative() ? Duration.ofSeconds(1) : delay, () -> {
            if (connectionLasts.getAsBoolean()) {
                renewNow();
            }
        });
    }
}
