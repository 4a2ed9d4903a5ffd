package io.lockernet.core.callback.control;

import io.lockernet.core.alarm.control.Alarms;
import io.lockernet.core.alarm.entity.AlarmKind;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Alarms the operators, once, when an endpoint was paused. After the pause committed, not in its transaction: the
 * alarm's own transaction writes an {@code alarm.raised} event for the retailer's endpoints, this one among them, whose
 * row the pausing transaction held locked.
 */
@ApplicationScoped
public class PauseAlarms {

    @EJB
    Alarms alarms;

    void paused(@Observes(during = TransactionPhase.AFTER_SUCCESS) EndpointPaused paused) {
        alarms.raiseAbout(AlarmKind.CALLBACK_ENDPOINT_PAUSED, paused.retailer() + " " + paused.endpoint(),
                "callback endpoint " + paused.endpoint() + " of retailer " + paused.retailer() + " paused after "
                        + paused.failuresInRow() + " failures in a row (last: " + paused.lastOutcome() + ")", 1);
    }
}
