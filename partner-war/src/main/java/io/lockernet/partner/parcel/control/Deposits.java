package io.lockernet.partner.parcel.control;

import io.lockernet.api.core.ImpulseView;
import io.lockernet.api.core.OpenRequest;
import io.lockernet.api.core.ReservationView;
import io.lockernet.api.core.ReserveRequest;
import io.lockernet.api.oidc.TokenClaims;
import io.lockernet.partner.compartment.control.CompartmentOpener;
import io.lockernet.partner.compartment.control.DoorClosed;
import io.lockernet.partner.platform.CoreClient;
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

/**
 * The deposit: a compartment is reserved in the Core for the order (its pickup code comes back once), opened for the
 * employee, and when its door closes the Core holds the parcel as deposited; the customer is then e-mailed the code.
 * Pickups at the locker's keypad end the same way, with the door of a collected parcel closing. The Partner hears
 * door closes of its retailer on the Core's state topic and asks the Core how each of its parcels there stands; a
 * sweep every {@code lockernet.partner.parcel-sweep-seconds} (default 60) catches what the (non-durable) topic missed,
 * retries e-mails that could not be sent, and reminds customers whose pickup window is about to end.
 */
@ApplicationScoped
public class Deposits {

    private static final Logger LOG = Logger.getLogger(Deposits.class.getName());
    /** How long a reserved compartment stays held for the employee to put the parcel in. */
    private static final long HOLD_SECONDS = 900;

    @Inject
    CoreClient core;

    @EJB
    Parcels parcels;

    @Inject
    CompartmentOpener opener;

    @Inject
    PickupCodeMail mail;

    /** The Partners' own executor (55-concurrency.cli): mails and Core calls that hang hold up no one else. */
    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/lockernet-partner")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "lockernet.partner.parcel-sweep-seconds",
            defaultValue = "60")
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
     * Reserves the compartment for the order and opens it; completes with the impulse once the door was seen open
     * (or not: then the reservation is given up and the order waits again).
     */
    public CompletionStage<ImpulseView> deposit(String reference, String locker, String compartment,
                                                TokenClaims staff) {
        parcels.startDeposit(reference);
        ReservationView reservation;
        try {
            reservation = core.reserve(new ReserveRequest(locker, compartment, null, null, HOLD_SECONDS, reference,
                    "DEPOSIT"));
        } catch (RuntimeException e) {
            parcels.depositAbandoned(reference);
            throw e;
        }
        parcels.reserved(reference, reservation, staff.username());
        OpenRequest open = new OpenRequest(locker, reservation.compartment(), staff.subject(), reservation.id(),
                "DEPOSIT");
        CompletionStage<ImpulseView> opened;
        try {
            opened = opener.open(open, staff);
        } catch (RuntimeException e) {
            giveUp(reservation.id());
            throw e;
        }
        return opened.whenComplete((impulse, error) -> {
            if (error != null || !CompartmentOpener.OPENED.contains(impulse.state())) {
                giveUp(reservation.id());
            }
        });
    }

    /**
     * A door of one of this retailer's compartments closed: how do its parcels there stand now? The pickup code goes
     * out on the Partners' executor, not on the thread that brought the door's news (a mail server may be slow).
     */
    public void doorClosed(@Observes DoorClosed door) {
        reconcile(parcels.openReservations(door.locker(), door.compartment()));
        scheduler.execute(this::sendCodesQuietly);
    }

    private void sendCodesQuietly() {
        try {
            sendCodes();
        } catch (RuntimeException e) {
            LOG.warning(() -> "cannot send pickup codes now; the next sweep tries again: " + e);
        }
    }

    /**
     * Staff take an expired (or any deposited) parcel back out: its compartment opens for them, and when the door
     * closes the Core ends the reservation as RETRIEVED and the order is EXPIRED (or OPEN again, if it had not).
     */
    public CompletionStage<ImpulseView> retrieve(String reference, TokenClaims staff) {
        var parcel = parcels.deposited(reference);
        return opener.open(new OpenRequest(parcel.locker(), parcel.compartment(), staff.subject(), parcel.reservation(),
                "RETRIEVE"), staff);
    }

    void sweep() {
        try {
            long after = 0;
            for (var page = parcels.openReservationsAfter(after); !page.isEmpty();
                 page = parcels.openReservationsAfter(after)) {
                reconcile(page.stream().map(Map.Entry::getValue).toList());
                after = page.get(page.size() - 1).getKey();
            }
            sendCodes();
            sendReminders();
        } catch (RuntimeException e) {
            LOG.warning(() -> "parcel sweep failed; next try in " + sweepSeconds + " s: " + e);
        }
    }

    private void reconcile(List<String> reservations) {
        for (String id : reservations) {
            try {
                ReservationView reservation = core.reservation(id);
                parcels.settle(id, reservation.state(), reservation.depositedAt());
            } catch (RuntimeException e) {
                LOG.warning(() -> "cannot bring reservation " + id + " up to date now: " + e);
            }
        }
    }

    private void sendCodes() {
        for (String reservation : parcels.codesToSend()) {
            parcels.claimCode(reservation).ifPresent(parcel -> {
                try {
                    mail.send(parcel);
                    parcels.codeSent(parcel.reservation());
                    LOG.info(() -> "pickup code of order " + parcel.reference() + " sent to the customer");
                } catch (MessagingException | RuntimeException e) {
                    parcels.codeNotSent(parcel.reservation());
                    LOG.warning(() -> "cannot e-mail the pickup code of order " + parcel.reference() + " now (next "
                            + "sweep tries again): " + e.getClass().getSimpleName());
                }
            });
        }
    }

    private void sendReminders() {
        for (Parcels.Waiting parcel : parcels.remindersDue()) {
            try {
                mail.remind(parcel);
                parcels.reminded(parcel.reservation());
                LOG.info(() -> "customer of order " + parcel.reference() + " reminded before " + parcel.expiresAt());
            } catch (MessagingException | RuntimeException e) {
                LOG.warning(() -> "cannot remind the customer of order " + parcel.reference() + " now: "
                        + e.getClass().getSimpleName());
            }
        }
    }

    private void giveUp(String reservation) {
        try {
            core.cancelReservation(reservation);
        } catch (RuntimeException e) {
            LOG.warning(() -> "cannot give up reservation " + reservation + " (it lapses by itself): " + e);
        }
        reconcile(List.of(reservation));
    }
}
