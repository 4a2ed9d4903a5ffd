package io.lockernet.partner.parcel.control;

import io.lockernet.api.core.ImpulseView;
import io.lockernet.api.core.OpenRequest;
import io.lockernet.api.core.ReservationView;
import io.lockernet.api.core.ReserveRequest;
import io.lockernet.api.oidc.TokenClaims;
import io.lockernet.partner.compartment.control.CompartmentOpener;
import io.lockernet.partner.event.control.EventRelay;
import io.lockernet.partner.hold.control.Holds;
import io.lockernet.partner.hold.control.HoldsSwept;
import io.lockernet.partner.platform.CoreClient;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.mail.MessagingException;
import java.util.concurrent.CompletionStage;
import java.util.logging.Logger;

/**
 * The deposit: a compartment is reserved in the Core for the order (its pickup code comes back once), opened for the
 * employee, and when its door closes the Core holds the parcel as deposited; the hold area ({@link Holds}) hears the
 * close, settles the parcel ({@link Parcels} is that kind of hold) and e-mails the customer the code. Pickups at the
 * locker's keypad end the same way, with the door of a collected parcel closing. After each sweep of the holds, the
 * customers whose pickup window ends soon are reminded.
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
    PickupCodeMail mail;

    @Inject
    Holds holds;

    @Inject
    CompartmentOpener opener;

    @Inject
    EventRelay relay;

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
            holds.giveUp(parcels, reservation.id());
            throw e;
        }
        return opened.whenComplete((impulse, error) -> {
            if (error != null || !CompartmentOpener.OPENED.contains(impulse.state())) {
                holds.giveUp(parcels, reservation.id());
            }
        });
    }

    /**
     * Staff take an expired (or any deposited) parcel back out: its compartment opens for them, and when the door
     * closes the Core ends the reservation as RETRIEVED and the order is EXPIRED (or OPEN again, if it had not).
     */
    public CompletionStage<ImpulseView> retrieve(String reference, TokenClaims staff) {
        if (parcels.tellIfExpired(reference)) {
            relay.relay(); // the retailer's systems hear that it expired before they hear that it was retrieved
        }
        var parcel = parcels.deposited(reference);
        return opener.open(new OpenRequest(parcel.locker(), parcel.compartment(), staff.subject(), parcel.reservation(),
                "RETRIEVE"), staff);
    }

    /**
     * Writes for the retailer's systems the pickup windows ending soon or ended; before the event relay's turn after the
     * same sweep ({@link io.lockernet.partner.event.control.EventRelay}).
     */
    void tellWindowsEnding(@Observes @Priority(Interceptor.Priority.APPLICATION) HoldsSwept swept) {
        int told = parcels.tellWindowsEnding();
        if (told > 0) {
            LOG.fine(() -> told + " pickup windows ending or ended, for the retailer's systems");
        }
    }

    void remind(@Observes HoldsSwept swept) {
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
}
