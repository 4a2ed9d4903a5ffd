package io.lockernet.partner.carrier.control;

import io.lockernet.api.core.LockerView;
import io.lockernet.api.core.ReservationView;
import io.lockernet.api.delivery.ConsignRequest;
import io.lockernet.api.delivery.ConsignmentView;
import io.lockernet.partner.carrier.entity.Consignment;
import io.lockernet.partner.carrier.entity.TrackingLink;
import io.lockernet.partner.deposit.control.CompartmentFit;
import io.lockernet.partner.order.entity.CustomerOrder;
import io.lockernet.partner.parcel.control.ParcelConflictException;
import io.lockernet.partner.parcel.control.Parcels;
import io.lockernet.partner.parcel.entity.Parcel;
import io.lockernet.partner.platform.CoreClient;
import io.lockernet.partner.platform.PartnerConfig;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Orders handed to a carrier. The hand-over asks the Core to consign the parcel to the carrier for the order's store's
 * lockers (the one the customer chose first), in the smallest compartment size any of them has that it fits. When the
 * Core reports the parcel in, the order gets its parcel with a fresh pickup code, which the hold area mails to the
 * customer as after any deposit; a delivery that failed puts the order back, waiting at the store.
 */
@Stateless
public class HandOvers {

    private static final Logger LOG = Logger.getLogger(HandOvers.class.getName());

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    CoreClient core;

    @EJB
    Parcels parcels;

    @Inject
    PartnerConfig config;

    /**
     * Hands the OPEN order to the carrier (one of the retailer's, {@link PartnerConfig#carriers()}); {@code lockers}
     * empty means the order's store's lockers, {@code locker} (may be null) first.
     */
    public Consignment handOver(String reference, String carrier, String locker) {
        config.checkCarrier(carrier);
        // under the lock: a deposit of the same order at the same moment waits here and then sees WITH_CARRIER
        CustomerOrder order = em.createNamedQuery(CustomerOrder.BY_REFERENCE, CustomerOrder.class)
                .setParameter("reference", reference).setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
        if (order.state() != CustomerOrder.State.OPEN) {
            throw new ParcelConflictException("order " + order.reference() + " is " + order.state()
                    + ", not waiting at the store");
        }
        List<LockerView> lockers = core.lockers().stream().filter(l -> order.store().equals(l.store()))
                .sorted((a, b) -> Boolean.compare(!a.id().equals(locker), !b.id().equals(locker))).toList();
        if (lockers.isEmpty() || (locker != null && !lockers.get(0).id().equals(locker))) {
            throw new BadRequestException(locker == null ? "store " + order.store() + " has no locker"
                    : "locker " + locker + " does not stand at store " + order.store());
        }
        String size = CompartmentFit.propose(order.packing(), lockers.get(0).id(), lockers.stream()
                        .flatMap(l -> l.compartments().stream().filter(c -> c.widthMm() != null)
                                .map(c -> new CompartmentFit.Candidate(l.id(), c.name(), c.size(), c.widthMm(),
                                        c.heightMm(), c.depthMm(), c.lowHeight()))).toList(), false)
                .map(CompartmentFit.Proposal::size)
                .orElseThrow(() -> new ParcelConflictException("order " + order.reference() + " fits no compartment "
                        + "of the lockers at store " + order.store()));
        ConsignmentView consigned = core.consign(new ConsignRequest(order.reference(), carrier, size,
                lockers.stream().map(LockerView::id).limit(5).toList()));
        Consignment consignment = new Consignment(order, consigned.id(), carrier, TrackingLink.fresh(), Instant.now());
        em.persist(consignment);
        order.moveTo(CustomerOrder.State.WITH_CARRIER);
        LOG.info(() -> "order " + order.reference() + " handed to carrier " + carrier + " (" + size + ")");
        return consignment;
    }

    /** Orders with a carrier now, oldest first. */
    public List<Long> handed() {
        return em.createNamedQuery(Consignment.HANDED, Consignment.class).setMaxResults(500).getResultStream()
                .map(Consignment::id).toList();
    }

    /**
     * Brings one hand-over up to date with the Core: in its compartment, the order gets its parcel (DEPOSITED, its code
     * to be mailed); failed, the order waits at the store again. Returns the reservation whose code is to be mailed.
     */
    public String followUp(Long id) {
        Consignment consignment = em.find(Consignment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (consignment == null || consignment.state() != Consignment.State.HANDED) {
            return null;
        }
        ConsignmentView now = core.consignment(consignment.coreId());
        CustomerOrder order = consignment.order();
        switch (now.state()) {
            case "DEPOSITED" -> {
                ReservationView reservation = core.consignmentPickupCode(consignment.coreId());
                em.persist(new Parcel(order, reservation, "courier of " + consignment.carrier(), Instant.now()));
                em.flush();
                parcels.settle(reservation.id(), "DEPOSITED", now.depositedAt());
                consignment.settled(Consignment.State.DEPOSITED, null, Instant.now());
                return reservation.id();
            }
            case "FAILED" -> {
                consignment.settled(Consignment.State.FAILED, now.note(), Instant.now());
                order.moveTo(CustomerOrder.State.OPEN);
                LOG.info(() -> "the carrier could not deliver order " + order.reference() + ": " + now.note());
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /** What the customer's e-mail with the link to follow the order needs. */
    public record LinkLetter(Long id, String email, String customer, String reference, String carrier, String token) {
    }

    /** Hand-overs whose customer has not been mailed the link yet, oldest first. */
    public List<LinkLetter> linksToMail() {
        return em.createNamedQuery(Consignment.LINK_TO_MAIL, Long.class).setMaxResults(100).getResultStream()
                .map(id -> em.find(Consignment.class, id))
                .map(c -> new LinkLetter(c.id(), c.order().customer().email(), c.order().customer().name(),
                        c.order().reference(), c.carrier(), c.trackingToken()))
                .toList();
    }

    public void linkMailed(Long id) {
        em.find(Consignment.class, id, LockModeType.PESSIMISTIC_WRITE).linkMailed(Instant.now());
    }

    /** The hand-over a customer's link stands for; empty for a token that is not one (or not this retailer's). */
    public Optional<Consignment> tracked(String token) {
        if (!TrackingLink.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Consignment.BY_TRACKING, Consignment.class)
                .setParameter("hash", TrackingLink.hashOf(token)).getResultStream().findFirst();
    }

    public List<Consignment> ofOrder(CustomerOrder order) {
        return em.createNamedQuery(Consignment.OF_ORDER, Consignment.class).setParameter("order", order)
                .getResultList();
    }
}
