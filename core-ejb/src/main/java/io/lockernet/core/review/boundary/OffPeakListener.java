package io.lockernet.core.review.boundary;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.core.review.control.Reconciliation;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.time.Clock;

/**
 * Consumes the off-peak queue ({@value Destinations#OFFPEAK}; off-peak pool and delivery group): each message asks
 * for one reconciliation. Idempotent: a finding already open is not filed again (and the database's unique key
 * backs that up when two runs race).
 */
@MessageDriven(name = "OffPeakListener", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.OFFPEAK_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
public class OffPeakListener implements MessageListener {

    @Inject
    Reconciliation reconciliation;

    @Inject
    Clock clock;

    @Override
    public void onMessage(Message message) {
        reconciliation.run(clock.instant());
    }
}
