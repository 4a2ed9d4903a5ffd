package io.lockernet.core.callback.control;

import io.lockernet.api.core.CallbackEventTypes;
import io.lockernet.core.alarm.entity.AlarmKind;
import java.util.List;
import java.util.Set;

/** The event types a retailer may subscribe to, as they appear in the payload's {@code type}. */
public final class CallbackTypes {

    public static final String PARCEL_DEPOSITED = "parcel.deposited";
    public static final String PARCEL_COLLECTED = "parcel.collected";
    /** The parcel's pickup window ends soon (when the customer is reminded); told by the retailer's Partner. */
    public static final String PARCEL_EXPIRING = "parcel.expiring";
    /** The parcel's pickup window has ended: staff are to take it back out; told by the retailer's Partner. */
    public static final String PARCEL_EXPIRED = "parcel.expired";
    public static final String PARCEL_RETRIEVED = "parcel.retrieved";
    public static final String RETURN_DROPPED_OFF = "return.dropped-off";
    public static final String RETURN_RETRIEVED = "return.retrieved";
    public static final String LOCKER_OFFLINE = "locker.offline";
    public static final String LOCKER_ONLINE = "locker.online";
    public static final String COMPARTMENT_OUT_OF_SERVICE = "compartment.out-of-service";
    public static final String COMPARTMENT_BACK_IN_SERVICE = "compartment.back-in-service";
    public static final String ALARM_RAISED = "alarm.raised";
    /** Sent on request only ("send a test event"), to every endpoint whatever it subscribes to. */
    public static final String TEST = "callback.test";

    /** Every type above but the test's (the list the API and Partner Admin share; CallbackRulesTest checks it). */
    public static final List<String> ALL = CallbackEventTypes.ALL;

    /** The types only a retailer's Partner knows of (its pickup windows), which it tells the Core. */
    public static final List<String> FROM_PARTNER = List.of(PARCEL_EXPIRING, PARCEL_EXPIRED);

    /**
     * The alarms a retailer is told of: those at a locker it uses that its store staff can act on, and its own endpoint
     * paused. The fleet's security alarms (forged tokens, impersonation) stay with the operators.
     */
    public static final Set<AlarmKind> RETAILER_ALARMS = Set.of(AlarmKind.PERSON_INSIDE, AlarmKind.TAMPER,
            AlarmKind.CODE_GUESSING, AlarmKind.CALLBACK_ENDPOINT_PAUSED);

    private CallbackTypes() {
    }
}
