package io.lockernet.partner.returns.control;

import io.lockernet.api.core.ImpulseView;
import io.lockernet.api.core.OpenRequest;
import io.lockernet.api.core.ReservationView;
import io.lockernet.api.core.ReserveRequest;
import io.lockernet.api.oidc.TokenClaims;
import io.lockernet.partner.compartment.control.CompartmentOpener;
import io.lockernet.partner.compartment.control.DoorClosed;
import io.lockernet.partner.deposit.control.CompartmentFit;
import io.lockernet.partner.deposit.control.DepositProposals;
import io.lockernet.partner.platform.CoreClient;
import io.lockernet.partner.platform.PartnerConfig;
import io.lockernet.partner.returns.entity.CustomerReturn;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.servlet.ServletContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A return from request to retrieval. The Core holds a compartment that fits the order empty for the customer (a
 * DROP_OFF reservation for the return window) and hands out the return code once; the return is recorded only then,
 * and the customer is e-mailed the code. The code typed at the keypad opens the compartment; the door's close makes
 * the Core hold the parcel as deposited, which the Partner hears on the state topic (or its sweep, every
 * {@code lockernet.partner.parcel-sweep-seconds}, which also retries e-mails): DROPPED_OFF. Staff open it to take the
 * parcel out, and that door's close makes the return RETRIEVED and the order RETURNED.
 */
@ApplicationScoped
public class ReturnDropOffs {

    private static final Logger LOG = Logger.getLogger(ReturnDropOffs.class.getName());

    @Inject
    CoreClient core;

    @EJB
    Returns returns;

    @Inject
    DepositProposals proposals;

    @Inject
    CompartmentOpener opener;

    @Inject
    ReturnCodeMail mail;

    @Inject
    PartnerConfig config;

    /** The Partners' own executor (55-concurrency.cli): mails and Core calls that hang hold up no one else. */
    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/lockernet-partner")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "lockernet.partner.parcel-sweep-seconds", defaultValue = "60")
    long sweepSeconds;

    private ScheduledFuture<?> sweeping;

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        sweeping = scheduler.scheduleWithFixedDelay(this::sweep, sweepSeconds, sweepSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (sweeping != null) {
            sweeping.cancel(false);
        }
    }

    /**
     * Holds a compartment for the customer's return of a collected order, at the locker asked for (null: any of the
     * order's store) and of the size the order's items need, and e-mails the return code. Nothing is recorded unless
     * the Core holds the compartment, and the hold is given up if the return cannot be recorded.
     */
    public CustomerReturn request(String reference, String locker, TokenClaims staff) {
        Returns.Returnable order = returns.returnable(reference);
        CompartmentFit.Proposal fit = proposals.propose(order.packing(), order.store(), locker, order.lowCompartment())
                .orElseThrow(() -> new ReturnConflictException("no free compartment at store " + order.store()
                        + " fits order " + reference + " for its return"));
        ReservationView reservation = core.reserve(new ReserveRequest(fit.locker(), fit.compartment(), null, null,
                config.returnWindow().toSeconds(), reference, "DROP_OFF"));
        CustomerReturn recorded;
        try {
            recorded = returns.recorded(reference, reservation, staff.username());
        } catch (RuntimeException e) {
            giveUp(reservation.id());
            throw e;
        }
        LOG.info(() -> "return of order " + reference + " awaits its drop-off in " + reservation.locker() + "/"
                + reservation.compartment() + " until " + reservation.expiresAt());
        sendCode(reservation.id()); // this one only: others wait for the sweep, not on this request
        return recorded;
    }

    /**
     * Staff take a dropped-off return out: its compartment opens for them, and when the door closes the Core ends the
     * reservation as RETRIEVED, the return is RETRIEVED and the order RETURNED.
     */
    public CompletionStage<ImpulseView> retrieve(long id, TokenClaims staff) {
        CustomerReturn found = returns.get(id);
        if (found.state() == CustomerReturn.State.AWAITING_DROP_OFF) {
            // the drop-off may have happened a moment ago, unheard yet: ask the Core before refusing
            reconcile(List.of(found.reservation()));
        }
        CustomerReturn dropped = returns.droppedOff(id);
        return opener.open(new OpenRequest(dropped.locker(), dropped.compartment(), staff.subject(),
                dropped.reservation(), "RETRIEVE"), staff);
    }

    /** A door of one of this retailer's compartments closed: how do its returns there stand now? */
    public void doorClosed(@Observes DoorClosed door) {
        reconcile(returns.openReservations(door.locker(), door.compartment()));
    }

    void sweep() {
        try {
            long after = 0;
            for (var page = returns.openReservationsAfter(after); !page.isEmpty();
                 page = returns.openReservationsAfter(after)) {
                reconcile(page.stream().map(Map.Entry::getValue).toList());
                after = page.get(page.size() - 1).getKey();
            }
            sendCodes();
        } catch (RuntimeException e) {
            LOG.warning(() -> "return sweep failed; next try in " + sweepSeconds + " s: " + e);
        }
    }

    private void reconcile(List<String> reservations) {
        for (String id : reservations) {
            try {
                ReservationView reservation = core.reservation(id);
                returns.settle(id, reservation.state(), reservation.depositedAt());
            } catch (RuntimeException e) {
                LOG.warning(() -> "cannot bring drop-off reservation " + id + " up to date now: " + e);
            }
        }
    }

    private void sendCodes() {
        returns.codesToSend().forEach(this::sendCode);
    }

    private void sendCode(String reservation) {
        returns.claimCode(reservation).ifPresent(r -> {
            try {
                mail.send(r);
                returns.codeSent(r.reservation());
                LOG.info(() -> "return code of order " + r.reference() + " sent to the customer");
            } catch (MessagingException | RuntimeException e) {
                returns.codeNotSent(r.reservation());
                LOG.warning(() -> "cannot e-mail the return code of order " + r.reference() + " now (next sweep "
                        + "tries again): " + e.getClass().getSimpleName());
            }
        });
    }

    private void giveUp(String reservation) {
        try {
            core.cancelReservation(reservation);
        } catch (RuntimeException e) {
            LOG.warning(() -> "cannot give up drop-off reservation " + reservation + " (it lapses by itself): " + e);
        }
    }
}
