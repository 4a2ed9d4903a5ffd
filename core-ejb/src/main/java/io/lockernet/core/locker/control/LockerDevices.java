package io.lockernet.core.locker.control;

import io.lockernet.api.protocol.CompartmentInfo;
import io.lockernet.core.locker.entity.Compartment;
import io.lockernet.core.locker.entity.Locker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a locker's device tells the Core about itself, as its frames arrive: that it was heard from, what it announces
 * on connecting, and which compartment a frame is about. A control, so that the device area reaches the locker area
 * without going through its boundary; it works in the caller's transaction.
 */
@ApplicationScoped
public class LockerDevices {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Event<LockerAnnounced> announcements;

    public Compartment compartment(String locker, String name) {
        return em.createNamedQuery(Compartment.BY_NAME, Compartment.class)
                .setParameter("locker", locker)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownCompartmentException(locker, name));
    }

    /** A frame of the locker arrived: it was last seen now (only link news says whether it is online). */
    public void heardFrom(String lockerId, Instant at) {
        Locker locker = em.find(Locker.class, lockerId);
        if (locker != null) {
            locker.seen(at);
        }
    }

    /**
     * Records what a locker says about itself on connecting: firmware, configuration, compartments. Compartments
     * it announces for the first time are added; known ones keep their state. Then {@link LockerAnnounced}.
     */
    public void announced(String lockerId, String firmware, String configVersion, List<CompartmentInfo> announced,
                          Instant at) {
        Locker locker = em.find(Locker.class, lockerId);
        if (locker == null) {
            throw new UnknownLockerException(lockerId);
        }
        locker.announced(firmware, configVersion, at);
        Map<String, Compartment> known = em.createNamedQuery(Compartment.BY_LOCKER, Compartment.class)
                .setParameter("locker", lockerId).getResultStream()
                .collect(Collectors.toMap(Compartment::name, Function.identity()));
        for (CompartmentInfo info : announced) {
            Compartment existing = known.get(info.name());
            if (existing == null) {
                existing = new Compartment(lockerId, info.name(), info.size());
                em.persist(existing);
            } else {
                existing.resize(info.size());
            }
            if (info.doorOpen() != null || info.occupied() != null) {
                existing.deviceSaw(info.doorOpen(), info.occupied(), at);
            }
        }
        announcements.fire(new LockerAnnounced(lockerId));
    }
}
