package io.lockernet.api.core;

import java.util.List;

/**
 * The event types a retailer may subscribe a callback endpoint to, in the order a console lists them: the Core's
 * ({@code CallbackTypes}) and Partner Admin's list are this one.
 */
public final class CallbackEventTypes {

    public static final List<String> ALL = List.of("parcel.deposited", "parcel.collected", "parcel.expiring",
            "parcel.expired", "parcel.retrieved", "return.dropped-off", "return.retrieved", "locker.offline",
            "locker.online", "compartment.out-of-service", "compartment.back-in-service", "alarm.raised");

    private CallbackEventTypes() {
    }
}
