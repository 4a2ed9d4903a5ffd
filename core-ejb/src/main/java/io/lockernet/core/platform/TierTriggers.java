package io.lockernet.core.platform;

import io.lockernet.api.messaging.Destinations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * Puts work on a slow tier's queue instead of doing it where it was asked for: a schedule or an operator asks, the
 * tier's MDB does it in its own pool, so a long report or reconciliation never holds up a door event.
 */
@ApplicationScoped
public class TierTriggers {

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.REPORTS_JNDI)
    Queue reports;

    @Resource(lookup = Destinations.OFFPEAK_JNDI)
    Queue offpeak;

    public void refreshReports(String why) {
        jms.createProducer().send(reports, why);
    }

    public void reconcile(String why) {
        jms.createProducer().send(offpeak, why);
    }
}
