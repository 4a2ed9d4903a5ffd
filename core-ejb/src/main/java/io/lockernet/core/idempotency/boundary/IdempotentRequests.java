package io.lockernet.core.idempotency.boundary;

import io.lockernet.core.idempotency.entity.IdempotencyKey;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Carries out a request once per client and {@code Idempotency-Key}: the first time the key is taken, the action runs
 * and the key is recorded with what it made, all in one transaction (a request that fails records nothing, and may be
 * retried with the same key); a retry with the same key and the same request gets the id of what the first made; the
 * same key with another request is refused. Two requests with one key at the same moment: the key's row is written
 * before the action, so the second waits on it for the first's transaction and is then refused as a conflict before
 * it has done anything (asked again, it gets the first one's result).
 */
@Stateless
public class IdempotentRequests {

    /** How long a key is remembered; a retry comes within minutes, a day is ample. */
    public static final Duration KEPT = Duration.ofDays(1);

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /** What {@link #once} did: {@code fresh} from the action, or the id of what an earlier request with the key made. */
    public record Once<T>(T fresh, String earlier) {
        public boolean replayed() {
            return fresh == null;
        }
    }

    public <T> Once<T> once(String client, String key, String request, Supplier<T> action, Function<T, String> idOf) {
        String fingerprint = fingerprint(request);
        IdempotencyKey known = em.find(IdempotencyKey.class, new IdempotencyKey.Id(client, key));
        if (known != null) {
            if (!known.fingerprint().equals(fingerprint)) {
                throw new KeyReusedException("this Idempotency-Key was used with another request; use a new key for a "
                        + "new request");
            }
            return new Once<>(null, known.result());
        }
        IdempotencyKey taken = new IdempotencyKey(client, key, fingerprint, Instant.now());
        em.persist(taken);
        try {
            em.flush(); // nothing else is pending yet: a failure here is the key's row, taken by another request
        } catch (PersistenceException e) {
            throw new KeyInUseException("a request with this Idempotency-Key was carried out at the same moment; ask "
                    + "again with the same key to get its result");
        }
        T fresh = action.get();
        taken.madeIt(idOf.apply(fresh));
        return new Once<>(fresh, null);
    }

    @Schedule(hour = "*", minute = "17", persistent = false, info = "idempotency keys kept a day")
    void forgetOldKeys() {
        em.createNamedQuery(IdempotencyKey.OLDER_THAN).setParameter("cutoff", Instant.now().minus(KEPT)).executeUpdate();
    }

    private static String fingerprint(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The key was used before with another request (422). */
    @ApplicationException(rollback = true)
    public static class KeyReusedException extends RuntimeException {
        KeyReusedException(String message) {
            super(message);
        }
    }

    /** Another request with the key was carried out at the same moment (409); this one's work is taken back. */
    @ApplicationException(rollback = true)
    public static class KeyInUseException extends RuntimeException {
        KeyInUseException(String message) {
            super(message);
        }
    }
}
