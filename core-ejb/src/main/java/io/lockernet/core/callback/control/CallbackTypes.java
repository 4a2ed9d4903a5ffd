package io.lockernet.core.callback.control;

import java.util.List;

/** The event types a retailer may subscribe to, as they appear in the payload's {@code type}. */
public final class CallbackTypes {

    public static final String PARCEL_DEPOSITED = "parcel.deposited";
    public static final String PARCEL_COLLECTED = "parcel.collected";
    public static final String PARCEL_RETRIEVED = "parcel.retrieved";
    public static final String RETURN_DROPPED_OFF = "return.dropped-off";
    public static final String RETURN_RETRIEVED = "return.retrieved";
    public static final String LOCKER_OFFLINE = "locker.offline";
    public static final String LOCKER_ONLINE = "locker.online";
    /** Sent on request only ("send a test event"), to every endpoint whatever it subscribes to. */
    public static final String TEST = "callback.test";

    public static final List<String> ALL = List.of(PARCEL_DEPOSITED, PARCEL_COLLECTED, PARCEL_RETRIEVED,
            RETURN_DROPPED_OFF, RETURN_RETRIEVED, LOCKER_OFFLINE, LOCKER_ONLINE);

    private CallbackTypes() {
    }
}
