package io.lockernet.partner.parcel.control;

import io.lockernet.api.core.ReservationView;
import io.lockernet.partner.order.entity.CustomerOrder;
import io.lockernet.partner.parcel.entity.Parcel;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The parcels of this retailer in its Partner DB, and their orders' states, kept in step with the Core's reservations. */
@Stateless
public class Parcels {

    private static final Logger LOG = Logger.getLogger(Parcels.class.getName());
    private static final List<Parcel.State> OPEN = List.of(Parcel.State.RESERVED, Parcel.State.DEPOSITED);

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    /** How long a customer has to collect a parcel ({@code lockernet.partner.pickup-hours}, default 48). */
    @Inject
    @ConfigProperty(name = "lockernet.partner.pickup-hours", defaultValue = "48")
    long pickupHours;

    /** A code to be sent to a customer, with what the message needs. */
    public record CodeToSend(String reservation, String reference, String customer, String email, String locker,
                             String compartment, String code, Instant expiresAt) {
    }

    /** The order is taken for a deposit (OPEN to DEPOSITING), or a conflict says why it cannot be. */
    public void startDeposit(String reference) {
        CustomerOrder order = order(reference);
        em.lock(order, LockModeType.PESSIMISTIC_WRITE);
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
        em.persist(new Parcel(order(reference), reservation.id(), reservation.locker(), reservation.compartment(),
                reservation.pickupCode(), staff, Instant.now()));
    }

    /** Brings the parcel and its order to the state the Core reports for its reservation. */
    public void settle(String reservation, String coreState, Instant depositedAt) {
        Optional<Parcel> found = em.createQuery("select p from Parcel p where p.reservation = :r", Parcel.class)
                .setParameter("r", reservation).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .findFirst();
        if (found.isEmpty() || found.get().state().ended()) {
            return;
        }
        Parcel parcel = found.get();
        CustomerOrder order = parcel.order();
        Instant now = Instant.now();
        switch (coreState) {
            case "DEPOSITED" -> {
                if (parcel.state() == Parcel.State.RESERVED) {
                    parcel.deposited(depositedAt == null ? now : depositedAt, Duration.ofHours(pickupHours));
                    order.moveTo(CustomerOrder.State.DEPOSITED);
                }
            }
            case "COLLECTED" -> {
                parcel.ended(Parcel.State.COLLECTED, now);
                order.moveTo(CustomerOrder.State.COLLECTED);
            }
            case "RETRIEVED" -> {
                parcel.ended(Parcel.State.RETRIEVED, now);
                order.moveTo(CustomerOrder.State.OPEN);
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

    /** Reservations of parcels not yet ended, at one compartment or (both null) anywhere; at most 500. */
    public List<String> openReservations(String locker, String compartment) {
        var query = locker == null
                ? em.createNamedQuery(Parcel.OPEN_ONES, Parcel.class)
                : em.createNamedQuery(Parcel.AT, Parcel.class).setParameter("locker", locker)
                        .setParameter("compartment", compartment);
        return query.setParameter("states", OPEN).setMaxResults(500).getResultStream().map(Parcel::reservation)
                .toList();
    }

    public List<CodeToSend> codesToSend() {
        return em.createNamedQuery(Parcel.CODE_TO_SEND, Parcel.class).setParameter("deposited", Parcel.State.DEPOSITED)
                .setMaxResults(100).getResultStream()
                .map(p -> new CodeToSend(p.reservation(), p.order().reference(), p.order().customer().name(),
                        p.order().customer().email(), p.locker(), p.compartment(), p.pickupCode(), p.expiresAt()))
                .toList();
    }

    public void codeSent(String reservation) {
        em.createQuery("select p from Parcel p where p.reservation = :r", Parcel.class).setParameter("r", reservation)
                .getResultStream().findFirst().ifPresent(p -> p.codeSent(Instant.now()));
    }

    public List<Parcel> ofOrder(String reference) {
        return em.createNamedQuery(Parcel.OF_ORDER, Parcel.class).setParameter("order", order(reference))
                .getResultList();
    }

    private CustomerOrder order(String reference) {
        return em.createNamedQuery(CustomerOrder.BY_REFERENCE, CustomerOrder.class)
                .setParameter("reference", reference).getResultStream().findFirst()
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no order " + reference));
    }
}
