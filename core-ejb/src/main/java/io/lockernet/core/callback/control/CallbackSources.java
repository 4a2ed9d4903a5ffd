package io.lockernet.core.callback.control;

import io.lockernet.core.alarm.control.AlarmRaised;
import io.lockernet.core.alarm.entity.Alarm;
import io.lockernet.core.alarm.entity.AlarmKind;
import io.lockernet.core.link.control.LinkChanged;
import io.lockernet.core.locker.entity.Locker;
import io.lockernet.core.reservation.control.CompartmentServiceChanged;
import io.lockernet.core.reservation.control.ReservationSettled;
import io.lockernet.core.reservation.entity.ReservationPurpose;
import io.lockernet.core.reservation.entity.ReservationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What the areas below report, turned into events for the retailers concerned, in the transaction of the change: a
 * reservation settled on a door's close becomes a parcel or return event for its retailer; a locker going offline or
 * coming back, a compartment taken out of service or put back, an alarm at a locker, an event for every retailer that
 * may use the locker. No payload names a person.
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
        String type = changed.online() ? CallbackTypes.LOCKER_ONLINE : CallbackTypes.LOCKER_OFFLINE;
        toUsersOf(changed.locker(), type, "locker:" + changed.locker(), changed.at(), (locker, data) -> data
                .add("store", locker.store()));
    }

    void service(@Observes CompartmentServiceChanged changed) {
        String type = changed.inService() ? CallbackTypes.COMPARTMENT_BACK_IN_SERVICE
                : CallbackTypes.COMPARTMENT_OUT_OF_SERVICE;
        toUsersOf(changed.locker(), type, "compartment:" + changed.locker() + "/" + changed.compartment(),
                changed.at(), (locker, data) -> data.add("store", locker.store())
                        .add("compartment", changed.compartment()).add("state", changed.state()));
    }

    void alarm(@Observes AlarmRaised raised) {
        Alarm alarm = raised.alarm();
        if (!CallbackTypes.RETAILER_ALARMS.contains(alarm.kind())) {
            return;
        }
        if (alarm.kind() == AlarmKind.CALLBACK_ENDPOINT_PAUSED) {
            // the subject is "<retailer> <endpoint>" (Deliveries); the paused endpoint's copy waits for its resume
            String[] subject = alarm.subject().split(" ", 2);
            outbox.publish(subject[0], CallbackTypes.ALARM_RAISED, "alarm:" + alarm.id(), Json.createObjectBuilder()
                    .add("alarm", alarm.id()).add("kind", alarm.kind().name()).add("at", alarm.raisedAt().toString())
                    .add("endpoint", subject.length > 1 ? subject[1] : "").build(), alarm.raisedAt());
        } else if (alarm.locker() != null) {
            toUsersOf(alarm.locker(), CallbackTypes.ALARM_RAISED, "alarm:" + alarm.id(), alarm.raisedAt(),
                    (locker, data) -> data.add("alarm", alarm.id()).add("kind", alarm.kind().name())
                            .add("store", locker.store())
                            .add("compartment", alarm.compartment() == null ? "" : alarm.compartment()));
        }
    }

    /** One event for every retailer that may use the locker; the data has the locker, the time, and what adds. */
    private void toUsersOf(String lockerId, String type, String subject, Instant at,
                           BiFunction<Locker, JsonObjectBuilder, JsonObjectBuilder> adds) {
        Locker locker = em.find(Locker.class, lockerId);
        if (locker == null) {
            return;
        }
        for (String retailer : List.copyOf(locker.retailers())) {
            JsonObject data = adds.apply(locker, Json.createObjectBuilder().add("locker", lockerId)
                    .add("at", at.toString())).build();
            outbox.publish(retailer, type, subject, data, at);
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
