package io.lockernet.core.reservation.boundary;

import io.lockernet.core.impulse.boundary.Impulses;
import io.lockernet.core.impulse.entity.Impulse;
import io.lockernet.core.impulse.entity.ImpulseRequest;
import io.lockernet.core.impulse.entity.ImpulseState;
import io.lockernet.core.locker.boundary.Lockers;
import io.lockernet.core.locker.control.RetailerScope;
import io.lockernet.core.locker.control.UnknownCompartmentException;
import io.lockernet.core.locker.entity.Compartment;
import io.lockernet.core.locker.entity.CompartmentState;
import io.lockernet.core.locker.entity.Locker;
import io.lockernet.core.locker.entity.SizeClass;
import io.lockernet.core.reservation.control.KeypadGuard;
import io.lockernet.core.reservation.control.PickupCodes;
import io.lockernet.core.reservation.control.ReservationConflictException;
import io.lockernet.core.reservation.control.ReservationHolds;
import io.lockernet.core.reservation.control.UnknownReservationException;
import io.lockernet.core.reservation.entity.CodeEntryGuard;
import io.lockernet.core.reservation.entity.CodeOutcome;
import io.lockernet.core.reservation.entity.Reservation;
import io.lockernet.core.reservation.entity.ReservationPurpose;
import io.lockernet.core.reservation.entity.ReservationRequest;
import io.lockernet.core.reservation.entity.ReservationState;
import io.lockernet.core.reservation.entity.Reserved;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reserving compartments, giving them up, letting them lapse, and opening them at the keypad with a pickup code (or a
 * return code, for a compartment held empty for a customer's drop-off).
 */
@Stateless
public class Reservations {

    private static final Logger LOG = Logger.getLogger(Reservations.class.getName());
    static final String KEYPAD = "keypad";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @EJB
    Lockers lockers;

    @EJB
    Impulses impulses;


    @Inject
    RetailerScope scope;

    @Inject
    ReservationHolds holds;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "lockernet.reservation.default-ttl-minutes", defaultValue = "60")
    long defaultTtlMinutes;

    @Inject
    @ConfigProperty(name = "lockernet.reservation.max-ttl-hours", defaultValue = "168")
    long maxTtlHours;

    @Inject
    KeypadGuard keypad;

    @Inject
    PickupCodes codes;

    /**
     * Holds the named compartment, or the smallest free one of at least the asked size (a low one if asked), and
     * makes its pickup code.
     *
     * @throws ReservationConflictException when nothing free fits
     */
    public Reserved reserve(ReservationRequest request) {
        Locker locker = lockers.get(request.locker());
        scope.check(request.retailer(), locker, request.compartment(), request.requestedVia(), "reserve in");
        Duration ttl = request.ttl() == null ? Duration.ofMinutes(defaultTtlMinutes) : request.ttl();
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(Duration.ofHours(maxTtlHours)) > 0) {
            throw new IllegalArgumentException("time to live must be more than 0 and at most " + maxTtlHours + " h");
        }
        Instant now = clock.instant();
        List<Compartment> candidates = candidates(request);
        String code = uniqueCode(request.locker());
        String salt = PickupCodes.newSalt();
        Reservation reservation = new Reservation(request.retailer(), request.locker(), null, request.parcelRef(),
                now, now.plus(ttl), salt, codes.hash(code, salt), request.purpose());
        for (Compartment candidate : candidates) {
            if (holds.claim(candidate.id(), reservation.id())) {
                reservation.holding(candidate.id());
                em.persist(reservation);
                return new Reserved(reservation, candidate.name(), candidate.size(), code);
            }
        }
        throw new ReservationConflictException("nothing free fits: no " + (request.compartment() != null
                ? "compartment " + request.compartment() + " free" : "free compartment of size " + request.size()
                + " or larger" + (request.lowHeight() ? " at low height" : "")) + " in locker " + request.locker());
    }

    private List<Compartment> candidates(ReservationRequest request) {
        if (request.compartment() != null) {
            return List.of(lockers.compartment(request.locker(), request.compartment()));
        }
        SizeClass wanted = SizeClass.parse(request.size()).orElseThrow(() -> new IllegalArgumentException(
                "size must be one of XS, S, M, L, XL, XXL, not '" + request.size() + "'"));
        return lockers.compartments(request.locker()).stream()
                .filter(c -> c.state() == CompartmentState.AVAILABLE && c.reservation() == null)
                .filter(c -> c.sizeClass().compareTo(wanted) >= 0)
                .filter(c -> !request.lowHeight() || c.lowHeight())
                .sorted(Comparator.comparing(Compartment::sizeClass).thenComparing(Compartment::name))
                .toList();
    }

    /** A code no parcel waiting in the locker already has, so that a code opens exactly one compartment. */
    private String uniqueCode(String locker) {
        List<Reservation> waiting = holdersOf(locker);
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = PickupCodes.newCode();
            if (waiting.stream().noneMatch(r -> codes.matches(code, r.codeSalt(), r.codeHash()))) {
                return code;
            }
        }
        throw new IllegalStateException("no unused pickup code found for locker " + locker);
    }

    private List<Reservation> holdersOf(String locker) {
        return em.createQuery("select r from Reservation r where r.locker = :locker and r.state in :holding",
                        Reservation.class)
                .setParameter("locker", locker)
                .setParameter("holding", List.of(ReservationState.RESERVED, ReservationState.DEPOSITED))
                .getResultList();
    }

    /**
     * A new pickup code for a parcel that is in its compartment and whose code nobody knows: a carrier's courier put it
     * in, and the reservation's first code was never handed out. The retailer tells the customer this one.
     */
    public String newCode(String id, String retailer) {
        Reservation reservation = get(id, retailer);
        if (reservation.state() != ReservationState.DEPOSITED || reservation.purpose() != ReservationPurpose.DEPOSIT
                || reservation.codeUsedAt() != null) {
            throw new ReservationConflictException("reservation " + id + " is " + reservation.state()
                    + ": a new pickup code is only for a deposited parcel not yet collected");
        }
        String code = uniqueCode(reservation.locker());
        String salt = PickupCodes.newSalt();
        reservation.rekeyed(salt, codes.hash(code, salt));
        return code;
    }

    /** A reservation of the retailer; a retailer never learns whether another's exists. */
    public Reservation get(String id, String retailer) {
        Reservation reservation = em.find(Reservation.class, id);
        if (reservation == null || (retailer != null && !retailer.equals(reservation.retailer()))) {
            throw new UnknownReservationException(id);
        }
        return reservation;
    }

    public String compartmentName(Reservation reservation) {
        return em.find(Compartment.class, reservation.compartmentId()).name();
    }

    /** Gives up a reservation nothing was put in yet; its compartment is free again. */
    public Reservation cancel(String id, String retailer) {
        Reservation reservation = get(id, retailer);
        if (reservation.state() != ReservationState.RESERVED) {
            throw new ReservationConflictException("reservation " + id + " is " + reservation.state()
                    + "; only a RESERVED one can be cancelled");
        }
        Compartment compartment = em.find(Compartment.class, reservation.compartmentId(), LockModeType.PESSIMISTIC_WRITE);
        if (compartment.state() == CompartmentState.OPEN || impulseUnderWay(compartment, clock.instant())) {
            throw new ReservationConflictException("compartment " + compartment.name() + " is open or opening right now");
        }
        reservation.end(ReservationState.CANCELLED, clock.instant());
        holds.settle(compartment);
        return reservation;
    }

    private static boolean impulseUnderWay(Compartment compartment, Instant now) {
        return compartment.liveImpulse() != null && compartment.liveUntil() != null && compartment.liveUntil().isAfter(now);
    }

    /**
     * Lets reservations past their time to live lapse, unless their compartment is open right now or an impulse is
     * under way on it (a code typed in the last seconds of a drop-off window: the door opens after the sweep, and the
     * hold must still be there when it closes); returns how many lapsed.
     */
    public int expireLapsed() {
        Instant now = clock.instant();
        int lapsed = 0;
        for (Reservation reservation : em.createNamedQuery(Reservation.LAPSED, Reservation.class)
                .setParameter("now", now).setMaxResults(500).getResultList()) {
            Compartment compartment = em.find(Compartment.class, reservation.compartmentId(),
                    LockModeType.PESSIMISTIC_WRITE);
            if (compartment.state() == CompartmentState.OPEN || impulseUnderWay(compartment, now)) {
                continue;
            }
            reservation.end(ReservationState.EXPIRED, now);
            holds.settle(compartment);
            lapsed++;
        }
        return lapsed;
    }

    /**
     * A code typed on a locker's keypad. The right code of a deposited parcel opens its compartment once, and so does
     * the return code of a compartment held for a customer's drop-off, within its time to live; a wrong one (or a
     * return code out of its window) counts towards the locker's lockout ({@link KeypadGuard}). During a lockout every
     * code is refused.
     */
    public CodeOutcome enterCode(String lockerId, String code) {
        Locker locker = lockers.get(lockerId);
        Instant now = clock.instant();
        CodeEntryGuard guard = keypad.guard(lockerId);
        if (guard.lockedOut(now)) {
            return CodeOutcome.refused("locked out until " + guard.lockedUntil() + " after repeated wrong codes");
        }
        Optional<Reservation> match = matching(Reservation.AWAITING_PICKUP, lockerId, code)
                .or(() -> matching(Reservation.AWAITING_DROP_OFF, lockerId, code));
        if (match.isEmpty() || !match.get().codeValidAt(now)) {
            keypad.failed(guard, lockerId, now);
            return CodeOutcome.refused(match.isEmpty() ? "wrong code" : "this return code is no longer valid");
        }
        Reservation reservation = match.get();
        Compartment compartment = em.find(Compartment.class, reservation.compartmentId());
        ImpulseRequest.Purpose purpose = reservation.purpose() == ReservationPurpose.DROP_OFF
                ? ImpulseRequest.Purpose.DROP_OFF : ImpulseRequest.Purpose.PICKUP;
        Impulse impulse = impulses.open(new ImpulseRequest(locker.id(), compartment.name(), reservation.retailer(),
                KEYPAD, KEYPAD, reservation.id(), purpose));
        if (impulse.state() == ImpulseState.REFUSED) {
            LOG.info(() -> "right code on " + lockerId + " but the open was refused: " + impulse.reason());
            return CodeOutcome.refused("cannot open now: " + impulse.reason());
        }
        reservation.codeUsed(now);
        return CodeOutcome.opens(compartment.name(), impulse.id());
    }

    /** An operator lifts a locker's keypad lockout after looking into its CODE_GUESSING alarm. */
    public void liftKeypadLockout(String lockerId, String operator) {
        lockers.get(lockerId);
        keypad.lift(keypad.guard(lockerId), lockerId);
        LOG.info(() -> "operator " + operator + " lifted the keypad lockout of " + lockerId);
    }

    private Optional<Reservation> matching(String query, String locker, String code) {
        return em.createNamedQuery(query, Reservation.class).setParameter("locker", locker).getResultStream()
                .filter(r -> codes.matches(code, r.codeSalt(), r.codeHash()))
                .findFirst();
    }
}
