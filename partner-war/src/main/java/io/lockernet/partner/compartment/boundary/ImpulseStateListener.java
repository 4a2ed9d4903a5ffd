package io.lockernet.partner.compartment.boundary;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.api.messaging.Headers;
import io.lockernet.partner.compartment.control.PendingOpens;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Listens to the Core's state topic ({@value Destinations#STATE_TOPIC}, realtime tier) for the impulses this
 * deployment is waiting on. Non-durable: a wait that was missed is answered by asking the Core. Idempotent: a state
 * heard twice settles nothing twice.
 */
@MessageDriven(name = "ImpulseStateListener", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.STATE_TOPIC_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = Headers.SUBJECT + " = '" + Headers.Subject.IMPULSE + "'")
})
public class ImpulseStateListener implements MessageListener {

    @Inject
    PendingOpens pending;

    @Override
    public void onMessage(Message message) {
        try {
            pending.stateChanged(message.getStringProperty(Headers.IMPULSE), message.getStringProperty(Headers.STATE));
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read a state message", e);
        }
    }
}
