package io.lockernet.core.platform;

import io.lockernet.api.Build;
import io.lockernet.api.core.PlatformView;
import io.lockernet.api.core.PlatformView.Database;
import io.lockernet.api.core.PlatformView.Deployment;
import io.lockernet.api.core.PlatformView.Jvm;
import io.lockernet.api.core.PlatformView.LastHour;
import io.lockernet.api.core.PlatformView.QueueState;
import io.lockernet.api.core.PlatformView.Reachable;
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
 * How the platform under the Core is doing, looked at now: the build, its deployments, the broker's queues (depth and
 * consumers), Keycloak, the Core's database and its pool, the server's heap and CPU. Read from the server's own
 * management model through JMX ({@code jboss.as:…}, the same numbers its Prometheus endpoint {@code :9990/metrics}
 * gives), and by asking Keycloak and the database. Nothing here throws: what cannot be read is said so.
 */
@ApplicationScoped
public class PlatformState {

    private static final Logger LOG = Logger.getLogger(PlatformState.class.getName());
    private static final String QUEUES = "jboss.as:subsystem=messaging-activemq,server=default,jms-queue=*";
    private static final String POOL = "jboss.as:subsystem=datasources,data-source=CoreDS,statistics=pool";
    /** Published by the server's handler io.lockernet.wildfly.HttpErrors (module io.lockernet.web, 60-web.cli). */
    private static final String HTTP_ERRORS = "io.lockernet:type=HttpErrors";
    private static final Duration KEYCLOAK_PATIENCE = Duration.ofSeconds(2);

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "lockernet.oidc.url")
    Optional<String> realmUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(KEYCLOAK_PATIENCE).build();

    public PlatformView now() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Instant now = Instant.now();
        return new PlatformView(now, Build.description(), deployments(server), queues(server), keycloak(),
                database(server), jvm(server), lastHour(server, now.minus(Duration.ofHours(1))));
    }

    private LastHour lastHour(MBeanServer server, Instant since) {
        Long serverErrors = null;
        Long clientErrors = null;
        Instant countedSince = null;
        try {
            ObjectName errors = new ObjectName(HTTP_ERRORS);
            serverErrors = attribute(server, errors, "ServerErrorsLastHour") instanceof Number n ? n.longValue() : null;
            clientErrors = attribute(server, errors, "ClientErrorsLastHour") instanceof Number n ? n.longValue() : null;
            countedSince = attribute(server, errors, "CountingSince") instanceof Number n
                    ? Instant.ofEpochMilli(n.longValue()) : null;
        } catch (JMException e) {
            LOG.fine(() -> "cannot read the HTTP error counts: " + e);
        }
        try {
            return new LastHour(
                    count("select count(a) from Alarm a where a.raisedAt >= :since", since),
                    count("select count(i) from Impulse i where i.requestedAt >= :since and i.state in "
                            + "(io.lockernet.core.impulse.entity.ImpulseState.FAILED, "
                            + "io.lockernet.core.impulse.entity.ImpulseState.EXPIRED)", since),
                    count("select count(i) from Impulse i where i.requestedAt >= :since and i.state = "
                            + "io.lockernet.core.impulse.entity.ImpulseState.REFUSED", since),
                    count("select count(r) from ReviewItem r where r.foundAt >= :since", since),
                    serverErrors, clientErrors, countedSince);
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
                        String.valueOf(attribute(server, name, "status")),
                        attribute(server, name, "enabledTime") instanceof Number n && n.longValue() > 0
                                ? Instant.ofEpochMilli(n.longValue()) : null,
                        contentHash(attribute(server, name, "content"))));
            }
        } catch (JMException e) {
            LOG.fine(() -> "cannot list the deployments: " + e);
        }
        deployments.sort((a, b) -> a.name().compareTo(b.name()));
        return deployments;
    }

    /**
     * The first eight hex digits of the deployment's content SHA-1 (the management model's {@code content[0].hash}):
     * the same build deployed twice has the same, another build another.
     */
    private static String contentHash(Object content) {
        Object first = content instanceof Object[] items && items.length > 0 ? items[0] : null;
        if (first instanceof javax.management.openmbean.CompositeData item && item.getCompositeType()
                .containsKey("hash") && item.get("hash") instanceof byte[] hash) {
            return java.util.HexFormat.of().formatHex(hash, 0, Math.min(4, hash.length));
        }
        return null;
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
