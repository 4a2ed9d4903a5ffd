package io.lockernet.partner.parcel.control;

import io.lockernet.api.core.ReservationView;
import io.lockernet.partner.event.control.OutgoingEvents;
import io.lockernet.partner.hold.control.CodeMail;
import io.lockernet.partner.hold.control.CodeToSend;
import io.lockernet.partner.hold.control.HeldRecords;
import io.lockernet.partner.hold.control.HoldKeeper;
import io.lockernet.partner.order.entity.CustomerOrder;
import io.lockernet.partner.parcel.entity.Parcel;
import io.lockernet.partner.platform.PartnerConfig;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/** The parcels of this retailer in its Partner DB, and their orders' states, kept in step with the Core's reservations. */
@Stateless
@LocalBean
@Local(HoldKeeper.class)
public class Parcels implements HoldKeeper {

    private static final Logger LOG = Logger.getLogger(Parcels.class.getName());
    private static final List<Parcel.State> OPEN = List.of(Parcel.State.RESERVED, Parcel.State.DEPOSITED);

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    PickupCodeMail mail;

    @Inject
    PartnerConfig config;

    @EJB
    OutgoingEvents events;

    /** The order is taken for a deposit (OPEN to DEPOSITING), or a conflict says why it cannot be. */
    public void startDeposit(String reference) {
        CustomerOrder order = order(reference);
        // refresh under the lock: a second deposit of the same order waits here and then sees DEPOSITING
        em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
        if (order.state() != CustomerOrder.State.OPEN) {
            throw new ParcelConflictException("order " + reference + " is " + order.state() + ", not waiting for a "
                    + "compartment");
        }
        order.moveTo(CustomerOrder.State.DEPOSITING);
    }

    /** The deposit did not get as far as a reservation: the order waits again. */
    public void depositAbandoned(String reference) {
        CustomerOrder order = order(reference);
        if (order.state() == CustomerOrder.State.DEPOSITING) {
            order.moveTo(CustomerOrder.State.OPEN);
        }
    }

    public void reserved(String reference, ReservationView reservation, String staff) {
        em.persist(new Parcel(order(reference), reservation, staff, Instant.now()));
    }

    /** Brings the parcel and its order to the state the Core reports for its reservation. */
    @Override
    public void settle(String reservation, String coreState, Instant depositedAt) {
        Optional<Parcel> found = held().byReservation(reservation, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty() || found.get().state().ended()) {
            return;
        }
        Parcel parcel = found.get();
        CustomerOrder order = parcel.order();
        Instant now = Instant.now();
        switch (coreState) {
            case "DEPOSITED" -> {
                if (parcel.state() == Parcel.State.RESERVED) {
                    parcel.deposited(depositedAt == null ? now : depositedAt, config.pickupWindow());
                    order.moveTo(CustomerOrder.State.DEPOSITED);
                }
            }
            case "COLLECTED" -> {
                parcel.ended(Parcel.State.COLLECTED, now);
                order.moveTo(CustomerOrder.State.COLLECTED);
            }
            case "RETRIEVED" -> {
                boolean expired = parcel.expired(now);
                parcel.ended(Parcel.State.RETRIEVED, now);
                order.moveTo(expired ? CustomerOrder.State.EXPIRED : CustomerOrder.State.OPEN);
            }
            case "EXPIRED", "CANCELLED" -> {
                parcel.ended(Parcel.State.CANCELLED, now);
                order.moveTo(CustomerOrder.State.OPEN);
            }
            default -> {
                return;
            }
        }
        LOG.info(() -> "order " + order.reference() + " is " + order.state() + " (reservation " + reservation + " "
                + coreState + ")");
    }

    /** Reservations of this retailer's parcels not yet ended at one compartment. */
    @Override
    public List<String> openAt(String locker, String compartment) {
        return held().openAt(locker, compartment);
    }

    /** Reservations of parcels not yet ended, after the parcel {@code afterId}, a page of at most 500 in id order. */
    @Override
    public List<Map.Entry<Long, String>> openAfter(long afterId) {
        return held().openAfter(afterId);
    }

    /** A parcel as staff see it on the retrieval list, or as a reminder needs it. */
    public record Waiting(String reservation, String reference, String store, String customer, String email,
                          String locker, String compartment, Instant depositedAt, Instant expiresAt,
                          boolean extended) {

        static Waiting of(Parcel p) {
            return new Waiting(p.reservation(), p.order().reference(), p.order().store(), p.order().customer().name(),
                    p.order().customer().email(), p.locker(), p.compartment(), p.depositedAt(), p.expiresAt(),
                    p.extended());
        }
    }

    /** Deposited parcels whose window ends within the reminder time and whose customer was not reminded yet. */
    public List<Waiting> remindersDue() {
        Instant now = Instant.now();
        return em.createNamedQuery(Parcel.REMINDERS_DUE, Parcel.class).setParameter("deposited", Parcel.State.DEPOSITED)
                .setParameter("threshold", now.plus(config.reminderBefore())).setParameter("now", now)
                .setMaxResults(100).getResultStream().map(Waiting::of).toList();
    }

    /**
     * Writes, for the retailer's systems, that the pickup window of deposited parcels ends soon (as soon as their
     * customers are due a reminder) or has ended, each once per window, in the transaction that marks it told.
     */
    public int tellWindowsEnding() {
        Instant now = Instant.now();
        List<Parcel> expiring = em.createNamedQuery(Parcel.EXPIRING_UNTOLD, Parcel.class)
                .setParameter("deposited", Parcel.State.DEPOSITED).setParameter("now", now)
                .setParameter("threshold", now.plus(config.reminderBefore())).setMaxResults(200)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        expiring.forEach(p -> {
            tell(OutgoingEvents.PARCEL_EXPIRING, p, now);
            p.expiringTold(now);
        });
        List<Parcel> expired = em.createNamedQuery(Parcel.EXPIRED_UNTOLD, Parcel.class)
                .setParameter("deposited", Parcel.State.DEPOSITED).setParameter("now", now)
                .setMaxResults(200).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        expired.forEach(p -> tellExpired(p, now));
        return expiring.size() + expired.size();
    }

    /**
     * Staff are about to take the order's parcel back out: if its window has ended and the retailer's systems were not
     * told yet (the sweep has not come by), they are told now, before the retrieval. False when there is nothing new.
     */
    public boolean tellIfExpired(String reference) {
        Parcel parcel = deposited(reference);
        em.lock(parcel, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(parcel);
        Instant now = Instant.now();
        if (!parcel.expired(now) || !parcel.expiredUntold()) {
            return false;
        }
        tellExpired(parcel, now);
        return true;
    }

    private void tellExpired(Parcel p, Instant now) {
        if (p.expiringUntold()) {
            // a window shorter than the reminder time, or a sweep that came late: expiring first, then expired
            tell(OutgoingEvents.PARCEL_EXPIRING, p, now);
            p.expiringTold(now);
        }
        tell(OutgoingEvents.PARCEL_EXPIRED, p, now);
        p.expiredTold(now);
    }

    private void tell(String type, Parcel p, Instant now) {
        events.write(type, p.order().reference(), p.reservation(), p.locker(), p.compartment(), p.expiresAt(), now);
    }

    public void reminded(String reservation) {
        byReservation(reservation).ifPresent(p -> p.reminded(Instant.now()));
    }

    /** The retrieval list: deposited parcels whose window has ended, oldest first, at these stores or (null) all. */
    public List<Waiting> expired(Collection<String> stores) {
        if (stores != null && stores.isEmpty()) {
            return List.of();
        }
        var query = stores == null
                ? em.createNamedQuery(Parcel.EXPIRED, Parcel.class)
                : em.createNamedQuery(Parcel.EXPIRED_AT_STORES, Parcel.class).setParameter("stores", stores);
        return query.setParameter("deposited", Parcel.State.DEPOSITED).setParameter("now", Instant.now())
                .setMaxResults(500).getResultStream().map(Waiting::of).toList();
    }

    /** Extends the order's pickup window once; a conflict when it is not in a locker or was extended before. */
    public Parcel extend(String reference) {
        Parcel parcel = deposited(reference);
        if (!parcel.extend(config.pickupWindow())) {
            throw new ParcelConflictException("the pickup window of order " + reference + " was extended once already, "
                    + "until " + parcel.expiresAt());
        }
        return parcel;
    }

    /** The order's parcel waiting in a locker, or a conflict. */
    public Parcel deposited(String reference) {
        return ofOrder(reference).stream().filter(p -> p.state() == Parcel.State.DEPOSITED).findFirst()
                .orElseThrow(() -> new ParcelConflictException("order " + reference + " has no parcel in a locker"));
    }

    private Optional<Parcel> byReservation(String reservation) {
        return held().byReservation(reservation, LockModeType.NONE);
    }

    /** Deposited parcels whose code has not been sent yet (nor claimed for sending), oldest first. */
    @Override
    public List<String> codesToSend() {
        return held().codesToSend();
    }

    /**
     * Claims the sending of one parcel's code (so that a door event and the sweep do not both send it), in a
     * transaction of its own; empty when somebody else claimed it first.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Override
    public Optional<CodeToSend> claimCode(String reservation) {
        if (!held().claimCode(reservation)) {
            return Optional.empty();
        }
        Parcel p = byReservation(reservation).orElseThrow();
        em.refresh(p);
        return Optional.of(new CodeToSend(p.reservation(), p.order().reference(), p.order().customer().name(),
                p.order().customer().email(), p.locker(), p.compartment(), p.hold().code(), p.expiresAt()));
    }

    /** The code went out: it is no longer kept. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Override
    public void codeSent(String reservation) {
        byReservation(reservation).ifPresent(p -> p.hold().codeSent(p.codeSentAt()));
    }

    /** The code could not be sent: the next sweep tries again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Override
    public void codeNotSent(String reservation) {
        held().codeNotSent(reservation);
    }

    public List<Parcel> ofOrder(String reference) {
        return em.createNamedQuery(Parcel.OF_ORDER, Parcel.class).setParameter("order", order(reference))
                .getResultList();
    }

    @Override
    public String kind() {
        return "parcel";
    }

    @Override
    public CodeMail.Letter letter(CodeToSend code) {
        return mail.letter(code);
    }

    private HeldRecords<Parcel> held() {
        return new HeldRecords<>(em, Parcel.class, OPEN, Parcel.State.DEPOSITED);
    }

    private CustomerOrder order(String reference) {
        return em.createNamedQuery(CustomerOrder.BY_REFERENCE, CustomerOrder.class)
                .setParameter("reference", reference).getResultStream().findFirst()
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no order " + reference));
    }
}
