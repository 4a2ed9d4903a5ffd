package io.lockernet.core.deadletter.boundary;

import io.lockernet.core.alarm.control.Alarms;
import io.lockernet.core.alarm.entity.AlarmKind;
import io.lockernet.core.deadletter.control.DeadLetters;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks into every dead-letter queue every {@code lockernet.deadletter.check-seconds} (default 30): messages that
 * arrived there since the last look raise a DEAD_LETTERS alarm about that queue, counted on the open one, so that an
 * operator hears of them once, not once a minute. The counts are in the operator area
 * ({@code GET /core/api/operator/dead-letters}); not on {@code /health}: WildFly does not run health checks of an
 * EAR's modules, and one in the Core's web module would only hide the module's own readiness.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeadLetterWatch {

    private static final Logger LOG = Logger.getLogger(DeadLetterWatch.class.getName());

    @Resource
    TimerService timers;

    @Inject
    DeadLetters deadLetters;

    @EJB
    Alarms alarms;

    @Inject
    @ConfigProperty(name = "lockernet.deadletter.check-seconds", defaultValue = "30")
    long checkSeconds;

    /** What each queue held at the last look; absent until the first. */
    private final Map<String, Integer> seen = new ConcurrentHashMap<>();
    private volatile Instant lastLook;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(checkSeconds * 1000, checkSeconds * 1000, new TimerConfig("dead letters", false));
    }

    @Timeout
    void look() {
        try {
            deadLetters.counts().forEach((queue, count) -> {
                Integer before = seen.put(queue, count);
                int arrived = count - (before == null ? 0 : before);
                if (arrived > 0) {
                    alarms.raiseAbout(AlarmKind.DEAD_LETTERS, "dead letters in " + queue, count + " message(s) in "
                            + queue + " could not be processed; look at them (jboss-cli: /subsystem=messaging-activemq/"
                            + "server=default/jms-queue=" + queue + ":list-messages) and move them back or remove them",
                            arrived);
                }
            });
            lastLook = Instant.now();
        } catch (RuntimeException e) {
            LOG.warning(() -> "cannot look into the dead-letter queues now: " + e);
        }
    }

    /** What each dead-letter queue held at the last look (empty before the first). */
    public Map<String, Integer> counts() {
        return Map.copyOf(seen);
    }

    public Instant lastLook() {
        return lastLook;
    }
}
