package io.lockernet.partner.parcel.boundary;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.api.messaging.Headers;
import io.lockernet.partner.parcel.control.Deposits;
import io.lockernet.partner.platform.PartnerConfig;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Door closes after this retailer's impulses (a deposit by staff, a pickup at the keypad), from the Core's state
 * topic: the moments a parcel goes in or comes out.
 */
@MessageDriven(name = "DoorClosedListener", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = Destinations.STATE_TOPIC_JNDI),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = Headers.SUBJECT + " = '"
                + Headers.Subject.IMPULSE + "' AND " + Headers.STATE + " = 'DOOR_CLOSED'")
})
// no transaction around the whole: each step commits on its own, and no e-mail goes out for a step that rolls back
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DoorClosedListener implements MessageListener {

    @Inject
    Deposits deposits;

    @Inject
    PartnerConfig config;

    @Override
    public void onMessage(Message message) {
        try {
            if (config.retailer().equals(message.getStringProperty(Headers.RETAILER))) {
                deposits.doorClosed(message.getStringProperty(Headers.LOCKER),
                        message.getStringProperty(Headers.COMPARTMENT));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read a state message", e);
        }
    }
}
