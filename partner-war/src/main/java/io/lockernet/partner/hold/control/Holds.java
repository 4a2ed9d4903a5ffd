package io.lockernet.partner.hold.control;

import io.lockernet.api.core.ReservationView;
import io.lockernet.partner.compartment.control.DoorClosed;
import io.lockernet.partner.platform.CoreClient;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.servlet.ServletContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps every hold in step with the Core's reservation, for each kind of hold ({@link HoldKeeper}). The Partner hears
 * door closes of its retailer on the Core's state topic ({@link DoorClosed}) and asks the Core how each of its holds
 * at that compartment stands; a sweep every {@code lockernet.partner.parcel-sweep-seconds} (default 60) catches what
 * the (non-durable) topic missed and retries codes that could not be mailed. Codes go out on the Partners' executor,
 * never on the thread that brought the door's news (a mail server may be slow).
 */
@ApplicationScoped
public class Holds {

    private static final Logger LOG = Logger.getLogger(Holds.class.getName());

    @Inject
    CoreClient core;

    @Inject
    @Any
    Instance<HoldKeeper> keepers;

    @Inject
    CodeMail mail;

    @Inject
    Event<HoldsSwept> swept;

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

    /** A door of one of this retailer's compartments closed: how do its holds there stand now? */
    void doorClosed(@Observes DoorClosed door) {
        for (HoldKeeper keeper : keepers) {
            reconcile(keeper, keeper.openAt(door.locker(), door.compartment()));
        }
        scheduler.execute(this::sendCodesQuietly);
    }

    /** Any compartment of this retailer's held at this locker and compartment (by any kind of hold)? */
    public boolean held(String locker, String compartment) {
        return keepers.stream().anyMatch(keeper -> !keeper.openAt(locker, compartment).isEmpty());
    }

    /** Brings these holds of one kind up to date with the Core; one that cannot be now waits for the next sweep. */
    public void reconcile(HoldKeeper keeper, List<String> reservations) {
        for (String id : reservations) {
            try {
                ReservationView reservation = core.reservation(id);
                keeper.settle(id, reservation.state(), reservation.depositedAt());
            } catch (RuntimeException e) {
                LOG.warning(() -> "cannot bring the " + keeper.kind() + " of reservation " + id + " up to date now: "
                        + e);
            }
        }
    }

    /** The Core is to hold nothing for this reservation any more (it lapses by itself if the Core cannot be told). */
    public void giveUp(HoldKeeper keeper, String reservation) {
        try {
            core.cancelReservation(reservation);
        } catch (RuntimeException e) {
            LOG.warning(() -> "cannot give up reservation " + reservation + " of a " + keeper.kind() + " (it lapses "
                    + "by itself): " + e);
        }
        reconcile(keeper, List.of(reservation));
    }

    /** Mails one hold's code now, if nobody else is; a failure leaves it to the next sweep. */
    public void sendCode(HoldKeeper keeper, String reservation) {
        keeper.claimCode(reservation).ifPresent(code -> {
            try {
                mail.send(keeper.letter(code));
                keeper.codeSent(code.reservation());
                LOG.info(() -> keeper.kind() + " code of order " + code.reference() + " sent to the customer");
            } catch (MessagingException | RuntimeException e) {
                keeper.codeNotSent(code.reservation());
                LOG.warning(() -> "cannot e-mail the " + keeper.kind() + " code of order " + code.reference()
                        + " now (next sweep tries again): " + e.getClass().getSimpleName());
            }
        });
    }

    void sweep() {
        for (HoldKeeper keeper : keepers) {
            try {
                long after = 0;
                for (var page = keeper.openAfter(after); !page.isEmpty(); page = keeper.openAfter(after)) {
                    reconcile(keeper, page.stream().map(Map.Entry::getValue).toList());
                    after = page.get(page.size() - 1).getKey();
                }
                keeper.codesToSend().forEach(reservation -> sendCode(keeper, reservation));
            } catch (RuntimeException e) {
                LOG.warning(() -> keeper.kind() + " sweep failed; next try in " + sweepSeconds + " s: " + e);
            }
        }
        try {
            swept.fire(new HoldsSwept());
        } catch (RuntimeException e) {
            LOG.warning(() -> "work after the sweep of holds failed; next try in " + sweepSeconds + " s: " + e);
        }
    }

    private void sendCodesQuietly() {
        for (HoldKeeper keeper : keepers) {
            try {
                keeper.codesToSend().forEach(reservation -> sendCode(keeper, reservation));
            } catch (RuntimeException e) {
                LOG.warning(() -> "cannot send " + keeper.kind() + " codes now; the next sweep tries again: " + e);
            }
        }
    }
}
