package io.lockernet.admin.locker.control;

import io.lockernet.admin.platform.OperatorApi;
import io.lockernet.api.core.AlarmView;
import io.lockernet.api.core.DeviceEventView;
import io.lockernet.api.core.ImpulseView;
import io.lockernet.api.core.LinkHistoryView;
import io.lockernet.api.core.LockerHealthView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** What the locker page asks the Core's operator API about one locker, as the signed-in operator. */
@ApplicationScoped
public class LockerReads {

    /** How many of the latest events and impulses the page lists. */
    static final int EVENTS = 50;
    static final int IMPULSES = 20;

    @Inject
    OperatorApi core;

    public LockerHealthView health(String locker) {
        return core.read(path(locker, "health"), LockerHealthView.class);
    }

    public LinkHistoryView linkHistory(String locker, int hours) {
        return core.read(path(locker, "link-history?hours=" + hours), LinkHistoryView.class);
    }

    public List<DeviceEventView> events(String locker) {
        return List.of(core.read(path(locker, "events?limit=" + EVENTS), DeviceEventView[].class));
    }

    public List<ImpulseView> impulses(String locker) {
        return List.of(core.read(path(locker, "impulses?limit=" + IMPULSES), ImpulseView[].class));
    }

    /** Its open alarms. */
    public List<AlarmView> alarms(String locker) {
        return List.of(core.read("alarms?locker=" + OperatorApi.encode(locker), AlarmView[].class));
    }

    private static String path(String locker, String rest) {
        return "lockers/" + OperatorApi.encode(locker) + "/" + rest;
    }
}
