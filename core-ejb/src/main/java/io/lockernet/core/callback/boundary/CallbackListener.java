package io.lockernet.core.callback.boundary;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.core.callback.control.CallbackSender;
import io.lockernet.core.callback.control.Deliveries;
import io.lockernet.core.callback.control.Nudges;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;

/**
 * The callbacks tier ({@value Destinations#CALLBACKS}; callbacks pool and delivery group): each message asks for one
 * delivery to be attempted. No transaction around the whole: the lease and the outcome are each committed on their
 * own, and the retailer's endpoint is called between them, holding no lock. A message for a delivery that is not due
 * (delivered meanwhile, leased by the sweep, its endpoint paused, an earlier event of its subject still waiting) does
 * nothing.
 */
@MessageDriven(name = "CallbackListener", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.CALLBACKS_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        // as many sessions as the callbacks pool has beans (50-ejb.cli): attempts mostly wait on the network
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "16")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallbackListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(CallbackListener.class.getName());

    @EJB
    Deliveries deliveries;

    @Inject
    CallbackSender sender;

    @Override
    public void onMessage(Message message) {
        long id;
        try {
            id = message.getLongProperty(Nudges.DELIVERY);
        } catch (JMSException | NumberFormatException e) {
            LOG.warning(() -> "a callbacks message without a delivery id is dropped: " + e);
            return;
        }
        deliveries.lease(id).ifPresent(attempt -> {
            CallbackSender.Outcome outcome = sender.send(attempt);
            if (outcome.acknowledged()) {
                deliveries.delivered(id, outcome.status(), outcome.latencyMs());
            } else {
                deliveries.failed(id, outcome.status(), outcome.latencyMs(), outcome.summary());
                LOG.fine(() -> "callback delivery " + id + " to " + attempt.url() + " failed: " + outcome.summary());
            }
        });
    }
}
