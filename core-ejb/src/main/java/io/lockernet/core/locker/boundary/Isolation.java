package io.lockernet.core.locker.boundary;

import io.lockernet.api.protocol.CloseCodes;
import io.lockernet.core.alarm.control.AlarmStateException;
import io.lockernet.core.alarm.control.Alarms;
import io.lockernet.core.alarm.entity.Alarm;
import io.lockernet.core.locker.control.IsolatedClients;
import io.lockernet.core.locker.control.LinkCommands;
import io.lockernet.core.locker.control.LockerAccounts;
import io.lockernet.core.locker.entity.IsolatedClient;
import io.lockernet.core.locker.entity.Locker;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Isolates whom an alarm is about ({@link Alarms#toIsolate}).
 * <ul>
 * <li>A locker (one that impersonates another, floods, connects twice or was tampered with): its Keycloak client is
 * suspended, so it gets no token, its live link is closed with 4403, and no Shepherd admits it again (the assignment the
 * Shepherds ask for at admission answers 403) even with a token it still holds. A new secret (commissioning it again)
 * lifts the isolation.</li>
 * <li>A client that reached beyond its retailer's scope: its Keycloak client is suspended, and the Core refuses its
 * requests at once, the tokens it still holds included ({@link IsolatedClients}), until an operator lifts it.</li>
 * </ul>
 */
@Stateless
public class Isolation {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @EJB
    Alarms alarms;

    @Inject
    LockerAccounts accounts;

    @Inject
    LinkCommands commands;

    @Inject
    Event<IsolatedClients.Changed> changes;

    /** Empty if there is no such alarm; refused (AlarmStateException) when it is resolved or names nobody. */
    public Optional<Alarm> isolate(long alarmId, String by) {
        Optional<Alarms.Isolatable> target = alarms.toIsolate(alarmId);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        String how = target.get().client() != null ? isolateClient(target.get().client(), alarmId, by)
                : isolateLocker(target.get().locker(), alarmId);
        return alarms.isolated(alarmId, by, how);
    }

    /** The clients isolated now, oldest first. */
    public List<IsolatedClient> isolatedClients() {
        return em.createQuery("select c from IsolatedClient c order by c.isolatedAt", IsolatedClient.class)
                .getResultList();
    }

    /** Lifts a client's isolation: Keycloak gives it tokens again, and the Core answers them. False if it had none. */
    public boolean lift(String client) {
        IsolatedClient isolated = em.find(IsolatedClient.class, client);
        if (isolated == null) {
            return false;
        }
        accounts.enable(client, true);
        em.remove(isolated);
        changes.fire(new IsolatedClients.Changed());
        return true;
    }

    private String isolateClient(String client, long alarmId, String by) {
        if (!accounts.enable(client, false)) {
            throw new AlarmStateException("alarm " + alarmId + " names '" + client + "', which is no client of the "
                    + "realm: there is nobody to isolate");
        }
        if (em.find(IsolatedClient.class, client) == null) {
            em.persist(new IsolatedClient(client, Instant.now(), by, alarmId));
        }
        changes.fire(new IsolatedClients.Changed());
        return "client " + client + " suspended in Keycloak; the Core refuses its requests until an operator lifts it";
    }

    private String isolateLocker(String locker, long alarmId) {
        accounts.suspend(locker);
        Locker device = em.find(Locker.class, locker);
        boolean online = device != null && device.online();
        if (device != null) {
            // a token it holds stays valid for minutes: the Shepherds refuse it by the Core's word, not the token's
            device.isolate(Instant.now());
        }
        if (online) {
            commands.release(locker, device.route(), CloseCodes.FORBIDDEN, "suspended by an operator (alarm "
                    + alarmId + ")");
        }
        return "locker-" + locker + " suspended in Keycloak" + (online ? ", its link closed" : "");
    }
}
