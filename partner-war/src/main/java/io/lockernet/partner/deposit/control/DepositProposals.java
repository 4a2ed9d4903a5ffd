package io.lockernet.partner.deposit.control;

import io.lockernet.api.core.CompartmentView;
import io.lockernet.api.core.LockerView;
import io.lockernet.partner.order.entity.Packing;
import io.lockernet.partner.platform.CoreClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Optional;

/**
 * Which compartment an order should go into: the free compartments of this retailer's online lockers at the order's
 * store, as the Core reports them now, offered to {@link CompartmentFit}.
 */
@ApplicationScoped
public class DepositProposals {

    @Inject
    CoreClient core;

    /**
     * The proposal for a parcel to be collected at {@code store}; {@code locker} (may be null) is where the employee
     * stands, and comes first.
     */
    public Optional<CompartmentFit.Proposal> propose(Packing packing, String store, String locker, boolean lowHeight) {
        List<LockerView> lockers = core.lockers();
        if (locker != null) {
            LockerView here = lockers.stream().filter(l -> l.id().equals(locker)).findFirst()
                    .orElseThrow(() -> new NotFoundException("no locker " + locker + " for this retailer"));
            if (!store.equals(here.store())) {
                throw new BadRequestException(locker + " stands at store " + here.store() + ", not at " + store
                        + " where the order is to be collected");
            }
        }
        List<CompartmentFit.Candidate> free = lockers.stream()
                .filter(l -> store.equals(l.store()) && l.online())
                .flatMap(l -> l.compartments().stream().filter(DepositProposals::usable)
                        .map(c -> new CompartmentFit.Candidate(l.id(), c.name(), c.size(), c.widthMm(),
                                c.heightMm(), c.depthMm(), c.lowHeight())))
                .toList();
        return CompartmentFit.propose(packing, locker, free, lowHeight);
    }

    private static boolean usable(CompartmentView c) {
        return "AVAILABLE".equals(c.state()) && c.widthMm() != null && c.heightMm() != null && c.depthMm() != null;
    }
}
