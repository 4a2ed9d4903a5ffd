package io.lockernet.core.layout.control;

import io.lockernet.api.layout.LayoutJson;
import io.lockernet.api.layout.LayoutRules;
import io.lockernet.api.layout.LockerLayout;
import io.lockernet.api.layout.PlacedCompartment;
import io.lockernet.api.protocol.ConfigureAck;
import io.lockernet.core.alarm.control.Alarms;
import io.lockernet.core.alarm.entity.AlarmKind;
import io.lockernet.core.layout.entity.LayoutVersion;
import io.lockernet.core.locker.control.LinkCommands;
import io.lockernet.core.locker.control.UnknownLockerException;
import io.lockernet.core.locker.entity.Compartment;
import io.lockernet.core.locker.entity.CompartmentState;
import io.lockernet.core.locker.entity.Locker;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Keeps lockers' layouts. A saved layout becomes the locker's current one and is sent to it (at once when it is
 * online, else after its next {@code hello}); the Core's compartments become the layout's when the locker says it has
 * applied it ({@code configure-ack}, or a {@code hello} that reports its version).
 */
@Stateless
public class Layouts {

    private static final Logger LOG = Logger.getLogger(Layouts.class.getName());
    /** The most a stored layout may take (names and types only): far more than 26 full modules need. */
    static final int MAX_JSON = 40_000;
    /** The service note of a compartment a layout removed that must stay for its history. */
    private static final String NOT_IN_LAYOUT = "not in the locker's layout since";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    LinkCommands commands;

    @Inject
    Clock clock;

    @EJB
    Alarms alarms;

    /** The newest version of a locker's layout, if it has one. */
    public Optional<LayoutVersion> current(String locker) {
        return em.createNamedQuery(LayoutVersion.NEWEST, LayoutVersion.class).setParameter("locker", locker)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * What is wrong with a layout for this locker: the layout rules, and compartments it would remove or resize that
     * are in use (reserved, holding a parcel, open, or with an impulse under way).
     */
    public List<String> check(String lockerId, LockerLayout layout) {
        if (em.find(Locker.class, lockerId) == null) {
            throw new UnknownLockerException(lockerId);
        }
        List<String> problems = new ArrayList<>(LayoutRules.problems(layout));
        if (!problems.isEmpty()) {
            return problems;
        }
        Map<String, PlacedCompartment> placed = LayoutRules.place(layout).stream()
                .collect(Collectors.toMap(PlacedCompartment::name, Function.identity()));
        for (Compartment c : compartments(lockerId)) {
            PlacedCompartment next = placed.get(c.name());
            boolean changes = next == null || !next.sizeClass().equals(c.size());
            if (changes && inUse(c)) {
                problems.add("compartment " + c.name() + " is in use (" + c.state().name().toLowerCase() + (c
                        .liveImpulse() != null ? ", an impulse under way" : "") + "): empty it before a layout "
                        + (next == null ? "removes" : "resizes") + " it");
            }
        }
        return problems;
    }

    /**
     * Keeps a layout as the locker's next version, and sends it to the locker when it is online.
     *
     * @throws LayoutRejectedException when {@link #check} finds problems
     */
    public LayoutVersion save(String lockerId, LockerLayout layout, String by) {
        List<String> problems = check(lockerId, layout);
        if (!problems.isEmpty()) {
            throw new LayoutRejectedException(problems);
        }
        String json = LayoutJson.compact(layout);
        if (json.length() > MAX_JSON) {
            throw new LayoutRejectedException(List.of("the layout takes " + json.length() + " characters; at most "
                    + MAX_JSON));
        }
        int version = current(lockerId).map(LayoutVersion::version).orElse(0) + 1;
        LayoutVersion saved = new LayoutVersion(lockerId, version, json, by.length() > 120 ? by.substring(0, 120) : by,
                clock.instant());
        em.persist(saved);
        Locker locker = em.find(Locker.class, lockerId);
        if (locker.online()) {
            commands.configure(lockerId, locker.route(), saved.configVersion(), LayoutJson.write(layout));
        }
        LOG.info(() -> by + " saved layout " + saved.configVersion() + " of " + lockerId);
        return saved;
    }

    /**
     * What a locker that said {@code hello} with this version must be sent: the current layout when it reports
     * another. A locker that reports the current version has applied it.
     */
    public Optional<LayoutVersion> toSend(String lockerId, String reported, Instant at) {
        Optional<LayoutVersion> current = current(lockerId);
        if (current.isPresent() && current.get().configVersion().equals(reported)) {
            if (current.get().state() != LayoutVersion.State.APPLIED) {
                apply(current.get(), at);
            }
            return Optional.empty();
        }
        // a version the locker rejected is not pressed on it at every hello: an operator saves a new one
        return current.filter(l -> l.state() != LayoutVersion.State.REJECTED).filter(Layouts::keepsTheRules);
    }

    /**
     * Whether a kept version still keeps the rules (a later release may be stricter): one that does not is marked
     * rejected instead of failing every hello of its locker.
     */
    private static boolean keepsTheRules(LayoutVersion version) {
        List<String> problems = LayoutRules.problems(version.layout());
        if (!problems.isEmpty()) {
            version.rejected("no longer keeps the rules: " + problems.get(0));
            return false;
        }
        return true;
    }

    /** A locker's {@code configure-ack}: about the current version, it is applied or rejected; about an older, news. */
    public void acknowledged(String lockerId, String configVersion, ConfigureAck.Status status, String reason,
                             Instant at) {
        Optional<LayoutVersion> current = current(lockerId).filter(l -> l.configVersion().equals(configVersion));
        if (current.isEmpty()) {
            LOG.fine(() -> lockerId + " acknowledged " + configVersion + ", which is not its current layout");
            return;
        }
        if (status == ConfigureAck.Status.APPLIED) {
            if (current.get().state() != LayoutVersion.State.APPLIED) {
                apply(current.get(), at);
            }
        } else {
            current.get().rejected(reason == null ? "no reason given" : reason);
            LOG.warning(() -> lockerId + " rejected layout " + configVersion + ": " + reason);
        }
    }

    /**
     * The Core's compartments become the layout's: each placed as the layout places it; those it no longer has are
     * removed, or taken out of service when their history must stay (reservations refer to them).
     */
    private void apply(LayoutVersion version, Instant at) {
        String lockerId = version.locker();
        Map<String, Compartment> known = compartments(lockerId).stream()
                .collect(Collectors.toMap(Compartment::name, Function.identity()));
        if (!keepsTheRules(version)) {
            return;
        }
        List<String> keptInUse = new ArrayList<>();
        for (PlacedCompartment p : LayoutRules.place(version.layout())) {
            Compartment c = known.remove(p.name());
            if (c == null) {
                c = new Compartment(lockerId, p.name(), p.sizeClass());
                em.persist(c);
            } else if (!p.sizeClass().equals(c.size()) && inUse(c)) {
                // filled or reserved since the layout was saved: the Core does not resize what holds a parcel
                keptInUse.add(c.name() + " (" + c.state() + ")");
                continue;
            }
            c.build(p.sizeClass(), p.module(), p.widthMm(), p.heightMm(), p.depthMm(), p.lowHeight(), p.special());
            if (c.state() == CompartmentState.OUT_OF_SERVICE && c.serviceNote() != null
                    && c.serviceNote().startsWith(NOT_IN_LAYOUT)) {
                c.returnToService();
            }
        }
        for (Compartment gone : known.values()) {
            if (inUse(gone)) {
                keptInUse.add(gone.name() + " (" + gone.state() + ")");
                continue;
            }
            Long references = em.createQuery("select count(r) from Reservation r where r.compartmentId = :c",
                    Long.class).setParameter("c", gone.id()).getSingleResult();
            if (references == 0) {
                em.remove(gone);
            } else {
                gone.takeOutOfService(NOT_IN_LAYOUT + " " + version.configVersion());
            }
        }
        version.applied(at);
        if (!keptInUse.isEmpty()) {
            String kept = String.join(", ", keptInUse);
            version.note("applied; kept as they were, being in use: " + kept);
            alarms.raise(AlarmKind.LAYOUT_CONFLICT, lockerId, null, "the locker applied " + version.configVersion()
                    + ", which removes or resizes " + kept + ": the Core keeps them until they are emptied; then save "
                    + "the layout again");
        }
        LOG.info(() -> lockerId + " applied layout " + version.configVersion());
    }

    private List<Compartment> compartments(String lockerId) {
        return em.createNamedQuery(Compartment.BY_LOCKER, Compartment.class).setParameter("locker", lockerId)
                .getResultList();
    }

    private static boolean inUse(Compartment c) {
        return c.inUse();
    }
}
