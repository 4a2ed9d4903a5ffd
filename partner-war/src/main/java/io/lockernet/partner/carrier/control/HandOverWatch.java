package io.lockernet.partner.carrier.control;

import io.lockernet.partner.compartment.control.DoorClosed;
import io.lockernet.partner.hold.control.CodeMail;
import io.lockernet.partner.hold.control.Holds;
import io.lockernet.partner.hold.control.HoldsSwept;
import io.lockernet.partner.parcel.control.Parcels;
import io.lockernet.partner.platform.PartnerConfig;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Follows the orders with a carrier: after each sweep of the holds, and at once when a door of this retailer's closes
 * (a courier's deposit is one), each is brought up to date with the Core in a transaction of its own; a parcel that is
 * in has its pickup code mailed right after.
 */
@ApplicationScoped
public class HandOverWatch {

    private static final Logger LOG = Logger.getLogger(HandOverWatch.class.getName());

    private final AtomicBoolean following = new AtomicBoolean();

    @EJB
    HandOvers handOvers;

    @EJB
    Parcels parcels;

    @Inject
    Holds holds;

    @Inject
    CodeMail mail;

    @Inject
    PartnerConfig config;

    /** The Partners' own executor (55-concurrency.cli). */
    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/lockernet-partner")
    ManagedScheduledExecutorService scheduler;

    void swept(@Observes HoldsSwept swept) {
        followUp();
    }

    /** Tells each customer whose order a carrier now brings where to follow it; one that fails waits for the sweep. */
    private void mailLinks() {
        for (HandOvers.LinkLetter letter : handOvers.linksToMail()) {
            try {
                mail.sendNote(letter.email(), "Your order " + letter.reference() + " is on its way",
                        "Hello " + letter.customer() + ",\n\nyour order " + letter.reference() + " is on its way to "
                        + "the parcel locker with our carrier " + letter.carrier() + ". Follow it here, with the time "
                        + "it is expected:\n\n" + config.publicUrl() + "/partner-" + config.retailer() + "/track/"
                        + letter.token() + "\n\nOnce it is in the locker we send you the pickup code.\n");
                handOvers.linkMailed(letter.id());
                LOG.info(() -> "customer of order " + letter.reference() + " mailed the link to follow it");
            } catch (MessagingException | RuntimeException e) {
                LOG.warning(() -> "cannot mail the link to follow order " + letter.reference() + " now (next sweep): "
                        + e.getClass().getSimpleName());
            }
        }
    }

    /** Not on the thread that brought the door's news: the Core's answers may be slow. */
    void doorClosed(@Observes DoorClosed door) {
        scheduler.execute(this::followUp);
    }

    /** One pass at a time: door closes come in bursts, and two passes would mail a customer's link twice. */
    private void followUp() {
        if (!following.compareAndSet(false, true)) {
            return;
        }
        try {
            followUpNow();
        } finally {
            following.set(false);
        }
    }

    private void followUpNow() {
        mailLinks();
        for (Long id : handOvers.handed()) {
            try {
                String deposited = handOvers.followUp(id);
                if (deposited != null) {
                    holds.sendCode(parcels, deposited);
                }
            } catch (RuntimeException e) {
                LOG.warning(() -> "cannot bring hand-over " + id + " up to date now (next sweep): " + e);
            }
        }
    }
}
