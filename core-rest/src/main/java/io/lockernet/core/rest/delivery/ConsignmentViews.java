package io.lockernet.core.rest.delivery;

import io.lockernet.api.delivery.ConsignmentView;
import io.lockernet.core.delivery.entity.Consignment;

/** A consignment as both areas show it. The compartment is named only once one is held for it. */
final class ConsignmentViews {

    private ConsignmentViews() {
    }

    static ConsignmentView of(Consignment c, String compartment) {
        return new ConsignmentView(c.id(), c.kind().name(), c.parcelRef(), c.carrier(), c.size(), c.lockers(),
                c.state().name(), c.locker(), compartment, c.courier(), c.eta(), c.depositedAt(), c.collectedAt(),
                c.note());
    }
}
