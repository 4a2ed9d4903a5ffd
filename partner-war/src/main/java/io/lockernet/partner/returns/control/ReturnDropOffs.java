package io.lockernet.partner.returns.control;

import io.lockernet.api.core.ImpulseView;
import io.lockernet.api.core.OpenRequest;
import io.lockernet.api.core.ReservationView;
import io.lockernet.api.core.ReserveRequest;
import io.lockernet.api.oidc.TokenClaims;
import io.lockernet.partner.compartment.control.CompartmentOpener;
import io.lockernet.partner.deposit.control.CompartmentFit;
import io.lockernet.partner.deposit.control.DepositProposals;
import io.lockernet.partner.hold.control.Holds;
import io.lockernet.partner.platform.CoreClient;
import io.lockernet.partner.platform.PartnerConfig;
import io.lockernet.partner.returns.entity.CustomerReturn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.logging.Logger;

/**
 * A return from request to retrieval. The Core holds a compartment that fits the order empty for the customer (a
 * DROP_OFF reservation for the return window) and hands out the return code once; the return is recorded only then,
 * and the customer is e-mailed the code. The code typed at the keypad opens the compartment; the door's close makes
 * the Core hold the parcel as deposited, which the hold area ({@link Holds}: the state topic or its sweep, which also
 * retries e-mails) settles as DROPPED_OFF ({@link Returns} is that kind of hold). Staff open it to take the parcel
 * out, and that door's close makes the return RETRIEVED and the order RETURNED.
 */
@ApplicationScoped
public class ReturnDropOffs {

    private static final Logger LOG = Logger.getLogger(ReturnDropOffs.class.getName());

    @Inject
    CoreClient core;

    @EJB
    Returns returns;

    @EJB
    ReturnCollections collections;

    @Inject
    DepositProposals proposals;

    @Inject
    CompartmentOpener opener;

    @Inject
    Holds holds;

    @Inject
    PartnerConfig config;

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
            holds.giveUp(returns, reservation.id());
            throw e;
        }
        LOG.info(() -> "return of order " + reference + " awaits its drop-off in " + reservation.locker() + "/"
                + reservation.compartment() + " until " + reservation.expiresAt());
        holds.sendCode(returns, reservation.id()); // this one only: others wait for the sweep, not on this request
        return recorded;
    }

    /**
     * Hands a dropped-off return to a carrier, whose courier takes it out of the locker instead of staff; when that
     * door closes the return is RETRIEVED and the order RETURNED, as after staff's retrieval.
     */
    public CustomerReturn collect(long id, String carrier) {
        hearDropOff(returns.get(id));
        return collections.handOver(id, carrier);
    }

    /**
     * Staff take a dropped-off return out: its compartment opens for them, and when the door closes the Core ends the
     * reservation as RETRIEVED, the return is RETRIEVED and the order RETURNED.
     */
    public CompletionStage<ImpulseView> retrieve(long id, TokenClaims staff) {
        hearDropOff(returns.get(id));
        CustomerReturn dropped = returns.droppedOff(id);
        return opener.open(new OpenRequest(dropped.locker(), dropped.compartment(), staff.subject(),
                dropped.reservation(), "RETRIEVE"), staff);
    }

    /** The drop-off may have happened a moment ago, unheard yet: ask the Core before refusing. */
    private void hearDropOff(CustomerReturn found) {
        if (found.state() == CustomerReturn.State.AWAITING_DROP_OFF) {
            holds.reconcile(returns, List.of(found.reservation()));
        }
    }
}
