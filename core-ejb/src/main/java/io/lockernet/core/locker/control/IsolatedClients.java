package io.lockernet.core.locker.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clients an operator isolated, as every request to the Core asks about its caller: read from the database at most
 * every {@link #FRESH_MILLIS} ms, and again on this server as soon as an isolation or a lift has committed
 * ({@link Changed}), so that a request costs no query here and an isolation made on another server of a cluster holds
 * within seconds.
 */
@ApplicationScoped
public class IsolatedClients {

    static final long FRESH_MILLIS = 5_000;

    /** An isolation was made or lifted (fired in its transaction; heard once it has committed). */
    public record Changed() {
    }

    /** The clients isolated and when they were read; read at 0: to be read again (a new one for every change). */
    private record Snapshot(Set<String> clients, long readAt) {
    }

    @PersistenceContext(unitName = "core")
    EntityManager em;

    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(new Snapshot(Set.of(), 0));

    /** Whether the Core refuses this client's requests. */
    public boolean isolated(String client) {
        if (client == null) {
            return false;
        }
        Snapshot known = snapshot.get();
        long now = System.currentTimeMillis();
        if (now - known.readAt() > FRESH_MILLIS) {
            Snapshot read = new Snapshot(Set.copyOf(em.createQuery("select c.clientId from IsolatedClient c",
                    String.class).getResultList()), now);
            // kept only if no change came in meanwhile (this request still goes by what it read)
            snapshot.compareAndSet(known, read);
            known = read;
        }
        return known.clients().contains(client);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        snapshot.set(new Snapshot(Set.of(), 0));
    }
}
