package io.lockernet.partner.returns.boundary;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.api.messaging.Headers;
import io.lockernet.partner.platform.PartnerConfig;
import io.lockernet.partner.returns.control.ReturnDropOffs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Door closes after this retailer's impulses, from the Core's state topic (realtime tier, non-durable): the moments a
 * customer drops a return off at the keypad, or staff take it out. Idempotent: each close only makes the Partner ask
 * the Core how the returns at that compartment stand; what the topic misses, the sweep of {@link ReturnDropOffs}
 * catches.
 */
@MessageDriven(name = "ReturnDoorListener", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.STATE_TOPIC_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = Headers.SUBJECT + " = '"
                + Headers.Subject.IMPULSE + "' AND " + Headers.STATE + " = 'DOOR_CLOSED'")
})
// no transaction around the whole: each step commits on its own
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReturnDoorListener implements MessageListener {

    @Inject
    ReturnDropOffs dropOffs;

    @Inject
    PartnerConfig config;

    @Override
    public void onMessage(Message message) {
        try {
            if (config.retailer().equals(message.getStringProperty(Headers.RETAILER))) {
                dropOffs.doorClosed(message.getStringProperty(Headers.LOCKER),
                        message.getStringProperty(Headers.COMPARTMENT));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read a state message", e);
        }
    }
}
