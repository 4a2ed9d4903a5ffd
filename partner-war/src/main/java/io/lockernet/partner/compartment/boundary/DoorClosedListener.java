package io.lockernet.partner.compartment.boundary;

import io.lockernet.api.messaging.Destinations;
import io.lockernet.api.messaging.Headers;
import io.lockernet.partner.compartment.control.DoorClosed;
import io.lockernet.partner.platform.PartnerConfig;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Door closes after this retailer's impulses (a deposit or retrieval by staff, a pickup or a return's drop-off at the
 * keypad), from the Core's state topic (realtime tier, non-durable): the moments something goes in or comes out. Each
 * becomes a {@link DoorClosed} event for the areas that hold things in compartments (parcels, returns); they only ask
 * the Core how their holds there stand, so a repeated close changes nothing, and what the topic misses their sweeps
 * catch.
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
    Event<DoorClosed> doorClosed;

    @Inject
    PartnerConfig config;

    @Override
    public void onMessage(Message message) {
        try {
            if (config.retailer().equals(message.getStringProperty(Headers.RETAILER))) {
                doorClosed.fire(new DoorClosed(message.getStringProperty(Headers.LOCKER),
                        message.getStringProperty(Headers.COMPARTMENT)));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read a state message", e);
        }
    }
}
