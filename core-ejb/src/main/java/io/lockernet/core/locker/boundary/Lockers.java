package io.lockernet.core.locker.boundary;

import io.lockernet.api.protocol.CompartmentInfo;
import io.lockernet.core.locker.control.UnknownCompartmentException;
import io.lockernet.core.locker.control.UnknownLockerException;
import io.lockernet.core.locker.entity.Compartment;
import io.lockernet.core.locker.entity.Locker;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The lockers and compartments the Core knows, and what their devices announce about themselves. */
@Stateless
public class Lockers {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    public Optional<Locker> find(String locker) {
        return Optional.ofNullable(em.find(Locker.class, locker));
    }

    public Locker get(String locker) {
        return find(locker).orElseThrow(() -> new UnknownLockerException(locker));
    }

    public List<Locker> usableBy(String retailer) {
        return em.createQuery("select l from Locker l where :retailer member of l.retailers order by l.id", Locker.class)
                .setParameter("retailer", retailer)
                .getResultList();
    }

    public List<Locker> all() {
        return em.createQuery("select l from Locker l order by l.id", Locker.class).getResultList();
    }

    public List<Compartment> compartments(String locker) {
        return em.createNamedQuery(Compartment.BY_LOCKER, Compartment.class)
                .setParameter("locker", locker)
                .getResultList();
    }

    public Compartment compartment(String locker, String name) {
        return em.createNamedQuery(Compartment.BY_NAME, Compartment.class)
                .setParameter("locker", locker)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownCompartmentException(locker, name));
    }

    /**
     * Records what a locker says about itself on connecting: firmware, configuration, compartments. Compartments
     * it announces for the first time are added; known ones keep their state.
     */
    public void announced(String lockerId, String firmware, String configVersion, List<CompartmentInfo> announced,
                          Instant at) {
        Locker locker = get(lockerId);
        locker.announced(firmware, configVersion, at);
        Map<String, Compartment> known = compartments(lockerId).stream()
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
    }

    public void linkChanged(String lockerId, boolean online, Instant at) {
        find(lockerId).ifPresent(locker -> {
            if (online) {
                locker.seen(at);
            } else {
                locker.wentOffline(at);
            }
        });
    }
}
