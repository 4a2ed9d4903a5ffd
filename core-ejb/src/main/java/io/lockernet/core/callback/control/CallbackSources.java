package io.lockernet.core.callback.control;

import io.lockernet.core.link.control.LinkChanged;
import io.lockernet.core.locker.entity.Locker;
import io.lockernet.core.reservation.control.ReservationSettled;
import io.lockernet.core.reservation.entity.ReservationPurpose;
import io.lockernet.core.reservation.entity.ReservationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * What the areas below report, turned into events for the retailers concerned, in the transaction of the change: a
 * reservation settled on a door's close becomes a parcel or return event for its retailer; a locker going offline or
 * coming back, an event for every retailer that may use it.
 */
@ApplicationScoped
public class CallbackSources {

    @Inject
    Outbox outbox;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    void reservation(@Observes ReservationSettled settled) {
        type(settled.purpose(), settled.state()).ifPresent(type -> outbox.publish(settled.retailer(), type,
                "parcel:" + settled.parcelRef(), Json.createObjectBuilder()
                        .add("reference", settled.parcelRef() == null ? "" : settled.parcelRef())
                        .add("reservation", settled.reservation()).add("locker", settled.locker())
                        .add("compartment", settled.compartment()).add("at", settled.at().toString()).build(),
                settled.at()));
    }

    void link(@Observes LinkChanged changed) {
        Locker locker = em.find(Locker.class, changed.locker());
        if (locker == null) {
            return;
        }
        String type = changed.online() ? CallbackTypes.LOCKER_ONLINE : CallbackTypes.LOCKER_OFFLINE;
        for (String retailer : locker.retailers()) {
            outbox.publish(retailer, type, "locker:" + changed.locker(), Json.createObjectBuilder()
                    .add("locker", changed.locker()).add("store", locker.store()).add("at", changed.at().toString())
                    .build(), changed.at());
        }
    }

    static Optional<String> type(ReservationPurpose purpose, ReservationState state) {
        boolean parcel = purpose == ReservationPurpose.DEPOSIT;
        return Optional.ofNullable(switch (state) {
            case DEPOSITED -> parcel ? CallbackTypes.PARCEL_DEPOSITED : CallbackTypes.RETURN_DROPPED_OFF;
            case COLLECTED -> parcel ? CallbackTypes.PARCEL_COLLECTED : null;
            case RETRIEVED -> parcel ? CallbackTypes.PARCEL_RETRIEVED : CallbackTypes.RETURN_RETRIEVED;
            default -> null;
        });
    }
}
