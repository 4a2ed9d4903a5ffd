package io.lockernet.core.device.control;

import io.lockernet.api.protocol.LockerMessage;
import io.lockernet.api.protocol.SensorEvent;
import io.lockernet.api.protocol.Vitals;
import io.lockernet.core.device.entity.DeviceEvent;
import io.lockernet.core.device.entity.VitalsSample;
import io.lockernet.core.locker.entity.Compartment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Records vitals and occupancy readings, many at a time: one query finds which of them were recorded before (a
 * replay after an outage, a redelivered batch), the rest are inserted together, and each compartment's occupancy
 * snapshot is set once to its latest reading. The history tier calls it with a batch, the realtime-only benchmark
 * mode with one frame.
 */
@ApplicationScoped
public class Readings {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /** Returns how many of the frames were new. */
    public int record(List<LockerMessage> frames, Instant receivedAt) {
        List<Vitals> vitals = new ArrayList<>();
        List<SensorEvent> sensors = new ArrayList<>();
        for (LockerMessage frame : frames) {
            if (frame instanceof Vitals v) {
                vitals.add(v);
            } else if (frame instanceof SensorEvent s && s.kind() == SensorEvent.Kind.OCCUPANCY) {
                sensors.add(s);
            }
        }
        int recorded = 0;
        Set<DeviceEvent.Key> seenVitals = known("VitalsSample", vitals);
        for (Vitals v : vitals) {
            if (seenVitals.add(new DeviceEvent.Key(v.locker(), v.seq()))) {
                em.persist(new VitalsSample(v, receivedAt));
                recorded++;
            }
        }
        Set<DeviceEvent.Key> seenEvents = known("DeviceEvent", sensors);
        // sorted: concurrent batches then lock compartment rows in the same order and cannot deadlock each other
        Map<String, SensorEvent> latest = new TreeMap<>();
        for (SensorEvent s : sensors) {
            if (seenEvents.add(new DeviceEvent.Key(s.locker(), s.seq()))) {
                em.persist(new DeviceEvent(s.locker(), s.seq(), s.type(), s.compartment(), null, s.ts(), receivedAt));
                latest.merge(s.locker() + "/" + s.compartment(), s, (a, b) -> b.seq() > a.seq() ? b : a);
                recorded++;
            }
        }
        for (SensorEvent s : latest.values()) {
            em.createNamedQuery(Compartment.BY_NAME, Compartment.class)
                    .setParameter("locker", s.locker()).setParameter("name", s.compartment())
                    .getResultStream().findFirst()
                    .ifPresent(c -> c.deviceSaw(null, s.value(), s.ts()));
        }
        return recorded;
    }

    /** The keys among these frames that are recorded already, in one query per entity. */
    private Set<DeviceEvent.Key> known(String entity, List<? extends LockerMessage> frames) {
        Set<DeviceEvent.Key> known = new HashSet<>();
        if (frames.isEmpty()) {
            return known;
        }
        Set<String> lockers = new HashSet<>();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (LockerMessage frame : frames) {
            lockers.add(frame.locker());
            min = Math.min(min, frame.seq());
            max = Math.max(max, frame.seq());
        }
        em.createQuery("select e.locker, e.seq from " + entity + " e where e.locker in :lockers "
                        + "and e.seq between :min and :max", Object[].class)
                .setParameter("lockers", lockers).setParameter("min", min).setParameter("max", max)
                .getResultStream()
                .forEach(row -> known.add(new DeviceEvent.Key((String) row[0], (Long) row[1])));
        return known;
    }
}
