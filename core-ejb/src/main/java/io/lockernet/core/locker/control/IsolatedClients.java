package io.lockernet.core.locker.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;

/**
 * The clients an operator isolated, as every request to the Core asks about its caller: read from the database at most
 * every {@link #FRESH_MILLIS} ms (at once on this server after an isolation or a lift), so that a request costs no query
 * and an isolation made on another server of a cluster holds within seconds.
 */
@ApplicationScoped
public class IsolatedClients {

    static final long FRESH_MILLIS = 5_000;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    private volatile Set<String> isolated = Set.of();
    private volatile long readAt;

    /** Whether the Core refuses this client's requests. */
    public boolean isolated(String client) {
        if (client == null) {
            return false;
        }
        if (System.currentTimeMillis() - readAt > FRESH_MILLIS) {
            read();
        }
        return isolated.contains(client);
    }

    /** An isolation was made or lifted: the next request reads them again. */
    public void changed() {
        readAt = 0;
    }

    private void read() {
        isolated = Set.copyOf(new HashSet<>(em.createQuery("select c.clientId from IsolatedClient c", String.class)
                .getResultList()));
        readAt = System.currentTimeMillis();
    }
}
