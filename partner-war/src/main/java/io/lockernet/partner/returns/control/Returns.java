package io.lockernet.partner.returns.control;

import io.lockernet.api.core.ReservationView;
import io.lockernet.partner.hold.control.CodeMail;
import io.lockernet.partner.hold.control.CodeToSend;
import io.lockernet.partner.hold.control.HeldRecords;
import io.lockernet.partner.hold.control.HoldKeeper;
import io.lockernet.partner.order.entity.CustomerOrder;
import io.lockernet.partner.order.entity.Packing;
import io.lockernet.partner.returns.entity.CustomerReturn;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/** This retailer's returns in its Partner DB, kept in step with the Core's drop-off reservations. */
@Stateless
@LocalBean
@Local(HoldKeeper.class)
public class Returns implements HoldKeeper {

    private static final Logger LOG = Logger.getLogger(Returns.class.getName());
    private static final List<CustomerReturn.State> OPEN = List.of(CustomerReturn.State.AWAITING_DROP_OFF,
            CustomerReturn.State.DROPPED_OFF);

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    ReturnCodeMail mail;

    /** What finding a compartment for a return needs to know of its order. */
    public record Returnable(String reference, String store, Packing packing, boolean lowCompartment) {
    }

    /** The order, if it may be returned now: collected, with no return under way; else a conflict. */
    public Returnable returnable(String reference) {
        CustomerOrder order = order(reference);
        checkReturnable(order);
        return new Returnable(order.reference(), order.store(), order.packing(), order.customer().lowCompartment());
    }

    /**
     * Records the return the Core now holds a compartment for. The order is checked again under its lock: of two
     * returns asked at once, the second is refused here (and its caller gives its hold up).
     */
    public CustomerReturn recorded(String reference, ReservationView reservation, String staff) {
        CustomerOrder order = order(reference);
        em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
        checkReturnable(order);
        CustomerReturn recorded = new CustomerReturn(order, reservation, staff, Instant.now());
        em.persist(recorded);
        return recorded;
    }

    private void checkReturnable(CustomerOrder order) {
        if (order.state() != CustomerOrder.State.COLLECTED) {
            throw new ReturnConflictException("order " + order.reference() + " is " + order.state() + "; only a "
                    + "COLLECTED order can be returned");
        }
        if (!em.createNamedQuery(CustomerReturn.OF_ORDER, CustomerReturn.class).setParameter("order", order)
                .setParameter("states", OPEN).getResultList().isEmpty()) {
            throw new ReturnConflictException("order " + order.reference() + " has a return under way already");
        }
    }

    /** Brings the return, and its order, to the state the Core reports for its drop-off reservation. */
    @Override
    public void settle(String reservation, String coreState, Instant depositedAt) {
        Optional<CustomerReturn> found = held().byReservation(reservation, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty() || found.get().state().ended()) {
            return;
        }
        CustomerReturn r = found.get();
        Instant now = Instant.now();
        switch (coreState) {
            case "DEPOSITED" -> {
                if (r.state() == CustomerReturn.State.AWAITING_DROP_OFF) {
                    r.droppedOff(depositedAt == null ? now : depositedAt);
                }
            }
            case "RETRIEVED" -> {
                if (r.droppedOffAt() == null) {
                    r.droppedOff(depositedAt == null ? now : depositedAt);
                }
                r.ended(CustomerReturn.State.RETRIEVED, now);
                r.order().moveTo(CustomerOrder.State.RETURNED);
            }
            case "EXPIRED" -> r.ended(CustomerReturn.State.EXPIRED, now);
            case "CANCELLED" -> r.ended(CustomerReturn.State.CANCELLED, now);
            default -> {
                return;
            }
        }
        LOG.info(() -> "return " + r.id() + " of order " + r.order().reference() + " is " + r.state()
                + " (reservation " + reservation + " " + coreState + ")");
    }

    /** Drop-off reservations of returns not yet ended at one compartment. */
    @Override
    public List<String> openAt(String locker, String compartment) {
        return held().openAt(locker, compartment);
    }

    /** Reservations of returns not yet ended, after the return {@code afterId}, a page of at most 500 in id order. */
    @Override
    public List<Map.Entry<Long, String>> openAfter(long afterId) {
        return held().openAfter(afterId);
    }

    public CustomerReturn get(long id) {
        CustomerReturn found = em.find(CustomerReturn.class, id);
        if (found == null) {
            throw new NotFoundException("no return " + id);
        }
        return found;
    }

    /** The return's parcel, to be taken out by staff: only once the customer has dropped it off. */
    public CustomerReturn droppedOff(long id) {
        CustomerReturn found = get(id);
        if (found.state() != CustomerReturn.State.DROPPED_OFF) {
            throw new ReturnConflictException("return " + id + " is " + found.state() + "; only a DROPPED_OFF return "
                    + "can be retrieved");
        }
        return found;
    }

    /** Returns in a state (null: any) at these stores (null: every store), newest first, at most 500. */
    public List<CustomerReturn> list(CustomerReturn.State state, Collection<String> stores) {
        if (stores != null && stores.isEmpty()) {
            return List.of();
        }
        String where = (state == null ? "" : " and r.state = :state")
                + (stores == null ? "" : " and r.order.store in :stores");
        TypedQuery<CustomerReturn> query = em.createQuery("select r from CustomerReturn r join fetch r.order "
                + "where 1 = 1" + where + " order by r.hold.createdAt desc, r.id desc", CustomerReturn.class);
        if (state != null) {
            query.setParameter("state", state);
        }
        if (stores != null) {
            query.setParameter("stores", stores);
        }
        return query.setMaxResults(500).getResultList();
    }

    /** Returns whose code has not been sent yet (nor claimed for sending), oldest first. */
    @Override
    public List<String> codesToSend() {
        return held().codesToSend();
    }

    /**
     * Claims the sending of one return code (so that the request and the sweep do not both send it), in a
     * transaction of its own; empty when somebody else claimed it first.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Override
    public Optional<CodeToSend> claimCode(String reservation) {
        if (!held().claimCode(reservation)) {
            return Optional.empty();
        }
        CustomerReturn r = held().byReservation(reservation, LockModeType.NONE).orElseThrow();
        em.refresh(r);
        return Optional.of(new CodeToSend(r.reservation(), r.order().reference(), r.order().customer().name(),
                r.order().customer().email(), r.locker(), r.compartment(), r.hold().code(), r.expiresAt()));
    }

    /** The code went out: it is no longer kept. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Override
    public void codeSent(String reservation) {
        held().byReservation(reservation, LockModeType.NONE).ifPresent(r -> r.hold().codeSent(r.codeSentAt()));
    }

    /** The code could not be sent: the next sweep tries again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Override
    public void codeNotSent(String reservation) {
        held().codeNotSent(reservation);
    }

    @Override
    public String kind() {
        return "return";
    }

    @Override
    public CodeMail.Letter letter(CodeToSend code) {
        return mail.letter(code);
    }

    private HeldRecords<CustomerReturn> held() {
        return new HeldRecords<>(em, CustomerReturn.class, OPEN, CustomerReturn.State.AWAITING_DROP_OFF);
    }

    private CustomerOrder order(String reference) {
        return em.createNamedQuery(CustomerOrder.BY_REFERENCE, CustomerOrder.class)
                .setParameter("reference", reference).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("no order " + reference));
    }
}
