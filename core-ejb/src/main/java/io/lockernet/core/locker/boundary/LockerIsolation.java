package io.lockernet.core.locker.boundary;

import io.lockernet.api.protocol.CloseCodes;
import io.lockernet.core.alarm.control.Alarms;
import io.lockernet.core.alarm.entity.Alarm;
import io.lockernet.core.locker.control.LinkCommands;
import io.lockernet.core.locker.control.LockerAccounts;
import io.lockernet.core.locker.entity.Locker;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Isolates the locker an alarm is about (one that impersonates another, floods, connects twice or was tampered with):
 * its Keycloak client is suspended, so it gets no token, its live link is closed with 4403, and no Shepherd admits it
 * again (the assignment the Shepherds ask for at admission answers 403) even with a token it still holds. A new secret
 * (commissioning it again) lifts the isolation.
 */
@Stateless
public class LockerIsolation {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @EJB
    Alarms alarms;

    @Inject
    LockerAccounts accounts;

    @Inject
    LinkCommands commands;

    /** Empty if there is no such alarm; refused (AlarmStateException) when it is resolved or about no locker. */
    public Optional<Alarm> isolate(long alarmId, String by) {
        Optional<String> locker = alarms.lockerToIsolate(alarmId);
        if (locker.isEmpty()) {
            return Optional.empty();
        }
        accounts.suspend(locker.get());
        Locker device = em.find(Locker.class, locker.get());
        boolean online = device != null && device.online();
        if (device != null) {
            // a token it holds stays valid for minutes: the Shepherds refuse it by the Core's word, not the token's
            device.isolate(Instant.now());
        }
        if (online) {
            commands.release(locker.get(), device.route(), CloseCodes.FORBIDDEN, "suspended by an operator (alarm "
                    + alarmId + ")");
        }
        return alarms.isolated(alarmId, by, "locker-" + locker.get() + " suspended in Keycloak"
                + (online ? ", its link closed" : ""));
    }
}
