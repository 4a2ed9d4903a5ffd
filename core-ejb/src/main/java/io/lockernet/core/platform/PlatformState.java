package io.lockernet.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the platform under the Core is doing, looked at now: its deployments, the broker's queues (depth and
 * consumers), Keycloak, the Core's database and its pool, the server's heap and CPU. Read from the server's own
 * management model through JMX ({@code jboss.as:…}, the same numbers its Prometheus endpoint {@code :9990/metrics}
 * gives), and by asking Keycloak and the database. Nothing here throws: what cannot be read is said so.
 */
@ApplicationScoped
public class PlatformState {

    private static final Logger LOG = Logger.getLogger(PlatformState.class.getName());
    private static final String QUEUES = "jboss.as:subsystem=messaging-activemq,server=default,jms-queue=*";
    private static final String POOL = "jboss.as:subsystem=datasources,data-source=CoreDS,statistics=pool";
    private static final Duration KEYCLOAK_PATIENCE = Duration.ofSeconds(2);

    public record Deployment(String name, String status) {
    }

    public record QueueState(String name, Long messages, Integer consumers, Long delivering) {
    }

    public record Reachable(boolean reachable, long millis, String problem) {
    }

    public record Database(boolean reachable, long millis, Integer inUse, Integer available, String problem) {
    }

    public record Jvm(long heapUsedMb, long heapMaxMb, double processCpuLoad, int processors, long uptimeSeconds) {
    }

    /**
     * What went wrong in the last hour: alarms raised, impulses that failed or expired (the locker did not do what
     * was asked), impulses refused (busy, offline, out of service), review items the reconciliation filed.
     */
    public record LastHour(long alarmsRaised, long impulsesFailed, long impulsesRefused, long reviewItemsFiled) {
    }

    public record State(Instant checkedAt, List<Deployment> deployments, List<QueueState> queues, Reachable keycloak,
                        Database database, Jvm jvm, LastHour lastHour) {
    }

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "lockernet.oidc.url")
    Optional<String> realmUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(KEYCLOAK_PATIENCE).build();

    public State now() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Instant now = Instant.now();
        return new State(now, deployments(server), queues(server), keycloak(), database(server), jvm(server),
                lastHour(now.minus(Duration.ofHours(1))));
    }

    private LastHour lastHour(Instant since) {
        try {
            return new LastHour(
                    count("select count(a) from Alarm a where a.raisedAt >= :since", since),
                    count("select count(i) from Impulse i where i.requestedAt >= :since and i.state in "
                            + "(io.lockernet.core.impulse.entity.ImpulseState.FAILED, "
                            + "io.lockernet.core.impulse.entity.ImpulseState.EXPIRED)", since),
                    count("select count(i) from Impulse i where i.requestedAt >= :since and i.state = "
                            + "io.lockernet.core.impulse.entity.ImpulseState.REFUSED", since),
                    count("select count(r) from ReviewItem r where r.foundAt >= :since", since));
        } catch (RuntimeException e) {
            LOG.fine(() -> "cannot count the last hour: " + e);
            return null;
        }
    }

    private long count(String query, Instant since) {
        return em.createQuery(query, Long.class).setParameter("since", since).getSingleResult();
    }

    private static List<Deployment> deployments(MBeanServer server) {
        List<Deployment> deployments = new ArrayList<>();
        try {
            for (ObjectName name : server.queryNames(new ObjectName("jboss.as:deployment=*"), null)) {
                deployments.add(new Deployment(name.getKeyProperty("deployment"),
                        String.valueOf(attribute(server, name, "status"))));
            }
        } catch (JMException e) {
            LOG.fine(() -> "cannot list the deployments: " + e);
        }
        deployments.sort((a, b) -> a.name().compareTo(b.name()));
        return deployments;
    }

    private static List<QueueState> queues(MBeanServer server) {
        List<QueueState> queues = new ArrayList<>();
        try {
            for (ObjectName name : server.queryNames(new ObjectName(QUEUES), null)) {
                queues.add(new QueueState(name.getKeyProperty("jms-queue"),
                        attribute(server, name, "messageCount") instanceof Number n ? n.longValue() : null,
                        attribute(server, name, "consumerCount") instanceof Number n ? n.intValue() : null,
                        attribute(server, name, "deliveringCount") instanceof Number n ? n.longValue() : null));
            }
        } catch (JMException e) {
            LOG.fine(() -> "cannot list the queues: " + e);
        }
        queues.sort((a, b) -> a.name().compareTo(b.name()));
        return queues;
    }

    private Reachable keycloak() {
        long start = System.nanoTime();
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(realmUrl.orElseThrow()
                            + "/.well-known/openid-configuration")).timeout(KEYCLOAK_PATIENCE).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Reachable(answer.statusCode() == 200, millis,
                    answer.statusCode() == 200 ? null : "answered " + answer.statusCode());
        } catch (java.io.IOException | RuntimeException e) {
            return new Reachable(false, (System.nanoTime() - start) / 1_000_000, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reachable(false, 0, "interrupted");
        }
    }

    private Database database(MBeanServer server) {
        long start = System.nanoTime();
        boolean reachable;
        String problem = null;
        try {
            em.createNativeQuery("select 1").getSingleResult();
            reachable = true;
        } catch (RuntimeException e) {
            reachable = false;
            problem = "the query failed";
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Integer inUse = null;
        Integer available = null;
        try {
            ObjectName pool = new ObjectName(POOL);
            // the JMX facade names the pool's statistics as the model does, or with a lower-case first letter
            inUse = firstNumber(server, pool, "InUseCount", "inUseCount");
            available = firstNumber(server, pool, "AvailableCount", "availableCount");
        } catch (JMException e) {
            LOG.fine(() -> "cannot read the pool: " + e);
        }
        return new Database(reachable, millis, inUse, available, problem);
    }

    private static Jvm jvm(MBeanServer server) {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        // by its MBean attribute: the deployment does not see com.sun.management's interface
        double cpu = -1;
        try {
            cpu = attribute(server, new ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuLoad")
                    instanceof Number n ? n.doubleValue() : -1;
        } catch (JMException e) {
            LOG.fine(() -> "cannot read the CPU load: " + e);
        }
        return new Jvm(heap.getUsed() >> 20, heap.getMax() >> 20, cpu,
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
    }

    private static Integer firstNumber(MBeanServer server, ObjectName name, String... attributes) {
        for (String attribute : attributes) {
            if (attribute(server, name, attribute) instanceof Number n) {
                return n.intValue();
            }
        }
        return null;
    }

    private static Object attribute(MBeanServer server, ObjectName name, String attribute) {
        try {
            return server.getAttribute(name, attribute);
        } catch (JMException | RuntimeException e) {
            return null;
        }
    }
}
