package io.lockernet.core.review.boundary;

import io.lockernet.core.platform.TierTriggers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the reconciliation off-peak: every day at {@code lockernet.offpeak.hour}:{@code lockernet.offpeak.minute}
 * (default 03:15, server time), when lockers are quiet. Operators can also start it at any time (operator API).
 */
@Singleton
@Startup
public class OffPeakSchedule {

    private static final Logger LOG = Logger.getLogger(OffPeakSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    TierTriggers triggers;

    @Inject
    @ConfigProperty(name = "lockernet.offpeak.hour", defaultValue = "3")
    String hour;

    @Inject
    @ConfigProperty(name = "lockernet.offpeak.minute", defaultValue = "15")
    String minute;

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(new ScheduleExpression().hour(hour).minute(minute).second("0"),
                new TimerConfig("off-peak reconciliation", false));
        LOG.info(() -> "off-peak reconciliation scheduled daily at " + hour + ":" + minute);
    }

    @Timeout
    void due() {
        triggers.reconcile("schedule");
    }
}
