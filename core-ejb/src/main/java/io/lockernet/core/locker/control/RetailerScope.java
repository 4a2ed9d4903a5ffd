package io.lockernet.core.locker.control;

import io.lockernet.core.alarm.control.Alarms;
import io.lockernet.core.alarm.entity.AlarmKind;
import io.lockernet.core.locker.entity.Locker;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** The object scope of a retailer's callers: the lockers it may use. A reach beyond it is refused and raises an alarm. */
@ApplicationScoped
public class RetailerScope {

    @EJB
    Alarms alarms;

    /**
     * The alarm names the client that asked ({@code via}, from its verified token): an operator may isolate it.
     *
     * @param retailer the caller's retailer; null for the Core's own callers (operators, keypads), who are not scoped
     * @throws OutOfScopeException when the retailer may not use the locker
     */
    public void check(String retailer, Locker locker, String compartment, String via, String what) {
        if (retailer == null || locker.usableBy(retailer)) {
            return;
        }
        alarms.raise(AlarmKind.OUT_OF_SCOPE, locker.id(), compartment, via, "retailer " + retailer + " asked to "
                + what + " " + locker.id() + (compartment == null ? "" : "/" + compartment) + ", a locker it may not use");
        throw new OutOfScopeException("locker '" + locker.id() + "' is not in the scope of retailer '" + retailer + "'");
    }
}
