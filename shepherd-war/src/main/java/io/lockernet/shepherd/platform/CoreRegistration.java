package io.lockernet.shepherd.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Registers this instance with the Core when it starts, so that lockers can be assigned to it; retries with backoff
 * while the Core cannot be reached. The instance reports not ready until the Core has it. Once registered it registers
 * again every half minute: the Core shows operators when it last heard from each Shepherd and which build it runs.
 */
@Singleton
@Startup
public class CoreRegistration {

    private static final Logger LOG = Logger.getLogger(CoreRegistration.class.getName());
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);
    /** Between two registrations of a running instance: the Core counts it down after three missed ones. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(30);

    @Inject
    CoreClient core;

    @Inject
    ShepherdConfig config;

    @Resource
    TimerService timers;

    private volatile boolean registered;
    private Duration nextRetry = FIRST_RETRY;

    @PostConstruct
    void scheduleFirstAttempt() {
        timers.createSingleActionTimer(0, new TimerConfig(null, false));
    }

    @Timeout
    void attempt() {
        try {
            core.register(description());
            if (!registered) {
                LOG.info(() -> config.instance() + " is registered with the Core at " + config.coreUrl());
            }
            registered = true;
            nextRetry = FIRST_RETRY;
            timers.createSingleActionTimer(HEARTBEAT.toMillis(), new TimerConfig(null, false));
        } catch (RuntimeException e) { // the Core unreachable or refusing, or no token yet: all worth another try
            LOG.log(Level.WARNING, "{0} could not register with the Core ({1}); trying again in {2}",
                    new Object[] {config.instance(), e.getMessage(), nextRetry});
            timers.createSingleActionTimer(nextRetry.toMillis(), new TimerConfig(null, false));
            Duration doubled = nextRetry.multipliedBy(2);
            nextRetry = doubled.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : doubled;
        }
    }

    /** Read while a heartbeat may be under way (its call to the Core can take seconds): no wait on the bean's lock. */
    @Lock(LockType.READ)
    public boolean registered() {
        return registered;
    }

    private String description() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown host";
        }
        return config.instance() + " on " + host + " (server " + System.getProperty("jboss.node.name", "?") + ")";
    }
}
