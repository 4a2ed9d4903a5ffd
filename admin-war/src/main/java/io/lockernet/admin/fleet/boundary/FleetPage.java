package io.lockernet.admin.fleet.boundary;

import io.lockernet.admin.platform.OperatorApi;
import io.lockernet.api.core.ShepherdView;
import io.lockernet.admin.platform.PanelUser;
import io.lockernet.api.core.AlarmView;
import io.lockernet.api.core.FleetLockerView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Backs the fleet page: the lockers the operator may see, grouped by region, with what needs a look at each, and the
 * Shepherds. Only what the Core lets this operator read is asked for (an installer gets no reports nor alarms).
 */
@Named
@RequestScoped
public class FleetPage {

    /** The lockers of one region and how they are doing. */
    public record Region(String name, List<FleetLockerView> lockers, long online, long attention, long alarms) {
    }

    private static final String NO_REGION = "(no region)";

    @Inject
    OperatorApi core;

    @Inject
    PanelUser user;

    @Inject
    HttpServletRequest request;

    private List<FleetLockerView> lockers;
    private Map<String, OperatorApi.Report> reports;
    private Map<String, Long> alarms;

    /** The region the page is narrowed to ({@code ?region=}); null for all. */
    public String getRegion() {
        String region = request.getParameter("region");
        return region == null || region.isBlank() ? null : region;
    }

    public List<FleetLockerView> getLockers() {
        if (lockers == null) {
            lockers = core.lockers();
        }
        return lockers;
    }

    public List<Region> getRegions() {
        Map<String, List<FleetLockerView>> byRegion = getLockers().stream()
                .filter(l -> getRegion() == null || getRegion().equals(regionOf(l)))
                .collect(Collectors.groupingBy(FleetPage::regionOf, TreeMap::new, Collectors.toList()));
        return byRegion.entrySet().stream().map(e -> new Region(e.getKey(), e.getValue(),
                e.getValue().stream().filter(FleetLockerView::online).count(),
                e.getValue().stream().filter(l -> !attention(l.id()).isEmpty()).count(),
                e.getValue().stream().mapToLong(l -> openAlarms(l.id())).sum())).toList();
    }

    /** Every region the operator sees, for the filter. */
    public List<String> getRegionNames() {
        return getLockers().stream().map(FleetPage::regionOf).distinct().sorted().toList();
    }

    public long getOnline() {
        return getLockers().stream().filter(FleetLockerView::online).count();
    }

    /** The reports tier's figures for the locker; null before its first refresh or for an operator without reports. */
    public OperatorApi.Report report(String locker) {
        if (reports == null) {
            reports = user.may("report.read")
                    ? core.reports().stream().collect(Collectors.toMap(OperatorApi.Report::locker, Function.identity()))
                    : Map.of();
        }
        return reports.get(locker);
    }

    /** What needs attention at a locker, as one line; empty when nothing does or no report exists yet. */
    public String attention(String locker) {
        OperatorApi.Report report = report(locker);
        return report == null ? "" : String.join("; ", report.attention());
    }

    public long openAlarms(String locker) {
        if (alarms == null) {
            alarms = user.may("alarm.read") ? core.alarms().stream().filter(a -> a.locker() != null)
                    .collect(Collectors.groupingBy(AlarmView::locker, Collectors.counting())) : Map.of();
        }
        return alarms.getOrDefault(locker, 0L);
    }

    public List<ShepherdView> getShepherds() {
        return user.may("shepherd.read") ? core.shepherds() : List.of();
    }

    private static String regionOf(FleetLockerView locker) {
        return Objects.requireNonNullElse(locker.region(), NO_REGION);
    }
}
