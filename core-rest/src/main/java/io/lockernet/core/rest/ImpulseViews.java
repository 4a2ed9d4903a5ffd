package io.lockernet.core.rest;

import io.lockernet.api.core.ImpulseView;
import io.lockernet.core.impulse.entity.Impulse;

/** Impulse entities as REST documents. */
public final class ImpulseViews {

    private ImpulseViews() {
    }

    public static ImpulseView of(Impulse i) {
        return new ImpulseView(i.id(), i.locker(), i.compartment(), i.action(), i.state().name(), i.reason(),
                i.retailer(), i.requestedBy(), i.requestedVia(), i.requestedAt(), i.deadline(), i.sentAt(),
                i.deliveredAt(), i.lockFiredAt(), i.doorOpenedAt(), i.doorClosedAt());
    }
}
