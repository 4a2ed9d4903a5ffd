package io.lockernet.admin.locker.boundary;

import io.lockernet.admin.layout.control.LayoutStates;
import io.lockernet.admin.locker.control.ChartLibrary;
import io.lockernet.admin.locker.control.LinkCharts;
import io.lockernet.admin.locker.control.LockerReads;
import io.lockernet.admin.platform.CoreRefusal;
import io.lockernet.admin.platform.OperatorApi;
import io.lockernet.api.core.AlarmView;
import io.lockernet.api.core.CompartmentView;
import io.lockernet.api.core.DeviceEventView;
import io.lockernet.api.core.FleetLockerView;
import io.lockernet.api.core.ImpulseView;
import io.lockernet.api.core.LayoutView;
import io.lockernet.api.core.LockerHealthView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Backs the locker page ({@code locker.xhtml?locker=&hours=}): everything the Core tells this operator about one
 * locker, each part asked once per request. The page polls, and every poll is a request of its own that names the
 * locker again (the form's field {@code locker}), so the bean keeps nothing between them. A part the Core will not
 * give (a role without alarms, a Core that is slow to answer) is left out with a note; only the locker itself
 * decides whether the page can be shown at all.
 */
@Named
@RequestScoped
public class LockerPage {

    /** The periods the charts offer, in hours; the Core keeps seven days. */
    public static final List<Integer> HOURS = List.of(6, 24, 72, 168);
    private static final int DEFAULT_HOURS = 24;

    @Inject
    OperatorApi core;

    @Inject
    LockerReads reads;

    @Inject
    HttpServletRequest request;

    private FleetLockerView locker;
    private String refusal;
    private LockerHealthView health;
    private List<CompartmentView> compartments;
    private List<DeviceEventView> events;
    private List<ImpulseView> impulses;
    private List<AlarmView> alarms;
    private Optional<LayoutView> layout;
    private String chartJson;
    private final List<String> notes = new ArrayList<>();

    /** The locker's id ({@code ?locker=}); null when the page was opened without one. */
    public String getLocker() {
        String id = request.getParameter("locker");
        return id == null || id.isBlank() ? null : id.strip();
    }

    /** The charts' period ({@code ?hours=}), one of {@link #HOURS}'s range; 24 when absent or out of range. */
    public int getHours() {
        try {
            int hours = Integer.parseInt(request.getParameter("hours"));
            return hours >= 1 && hours <= 168 ? hours : DEFAULT_HOURS;
        } catch (NumberFormatException e) {
            return DEFAULT_HOURS;
        }
    }

    public List<Integer> getHourChoices() {
        return HOURS;
    }

    /** The locker as the fleet knows it; null when there is none the operator may see (see {@link #getRefusal()}). */
    public FleetLockerView getLockerView() {
        if (locker == null && refusal == null) {
            if (getLocker() == null) {
                refusal = "Which locker? Open it from the fleet page.";
            } else {
                try {
                    locker = core.locker(getLocker());
                } catch (CoreRefusal refused) {
                    refusal = refused.getMessage();
                }
            }
        }
        return locker;
    }

    /** Why the page cannot show the locker (unknown, outside the operator's regions, no id); null when it can. */
    public String getRefusal() {
        getLockerView();
        return refusal;
    }

    public LockerHealthView getHealth() {
        if (health == null) {
            health = part("link health", () -> reads.health(getLocker()), null);
        }
        return health;
    }

    public List<CompartmentView> getCompartments() {
        if (compartments == null) {
            compartments = part("compartments", () -> core.compartments(getLocker()), List.of());
        }
        return compartments;
    }

    public List<DeviceEventView> getEvents() {
        if (events == null) {
            events = part("events", () -> reads.events(getLocker()), List.of());
        }
        return events;
    }

    public List<ImpulseView> getImpulses() {
        if (impulses == null) {
            impulses = part("impulses", () -> reads.impulses(getLocker()), List.of());
        }
        return impulses;
    }

    public List<AlarmView> getAlarms() {
        if (alarms == null) {
            alarms = part("alarms", () -> reads.alarms(getLocker()), List.of());
        }
        return alarms;
    }

    /** The locker's newest layout version; null without one (or when the Core cannot say now). */
    public LayoutView getLayout() {
        if (layout == null) {
            layout = part("layout", () -> core.currentLayout(getLocker()), Optional.empty());
        }
        return layout.orElse(null);
    }

    public String getLayoutState() {
        return LayoutStates.word(getLayout());
    }

    public String getLayoutText() {
        return LayoutStates.version(getLayout()) + "; " + LayoutStates.describe(getLayout());
    }

    /** The charts' data (see {@link LinkCharts}); an empty history when the Core cannot give it now. */
    public String getChartJson() {
        if (chartJson == null) {
            Instant now = Instant.now();
            chartJson = part("link history", () -> LinkCharts.json(reads.linkHistory(getLocker(), getHours()), now),
                    "{\"hours\":" + getHours() + ",\"roundTrips\":[],\"outageHours\":[]}");
        }
        return chartJson;
    }

    /** Chart.js, below the context path. */
    public String getChartScript() {
        return ChartLibrary.path();
    }

    /** The parts the Core did not give this time, each with its words. */
    public List<String> getNotes() {
        return notes;
    }

    public String time(Instant instant) {
        return LayoutStates.time(instant);
    }

    /** An impulse's latest step and when: what an operator asks first about one that went wrong. */
    public String lastStep(ImpulseView i) {
        Instant[] at = {i.requestedAt(), i.sentAt(), i.deliveredAt(), i.lockFiredAt(), i.doorOpenedAt(),
                i.doorClosedAt()};
        String[] steps = {"requested", "sent", "delivered", "lock fired", "door opened", "door closed"};
        for (int s = at.length - 1; s >= 0; s--) {
            if (at[s] != null) {
                return steps[s] + " " + time(at[s]);
            }
        }
        return "";
    }

    private <T> T part(String what, Supplier<T> read, T without) {
        if (getLockerView() == null) {
            return without;
        }
        try {
            return read.get();
        } catch (CoreRefusal refused) {
            notes.add("No " + what + " now: " + refused.getMessage());
            return without;
        }
    }
}
