package io.lockernet.admin.fleet.boundary;

import io.lockernet.core.alarm.control.Alarms;
import io.lockernet.core.alarm.entity.Alarm;
import io.lockernet.core.locker.boundary.Lockers;
import io.lockernet.core.locker.entity.Locker;
import io.lockernet.core.report.boundary.Reports;
import io.lockernet.core.report.entity.LockerReport;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Backs the fleet page of the Admin Panel. */
@Named
@RequestScoped
public class FleetPage {

    @EJB
    Lockers lockers;

    @EJB
    Alarms alarms;

    @EJB
    Reports reports;

    private List<Locker> all;
    private Map<String, LockerReport> byLocker;
    private List<Alarm> openAlarms;

    public List<Locker> getLockers() {
        if (all == null) {
            all = lockers.all();
        }
        return all;
    }

    public List<Alarm> getAlarms() {
        if (openAlarms == null) {
            openAlarms = alarms.open();
        }
        return openAlarms;
    }

    /** The reports tier's latest figures for a locker; null before its first refresh. */
    public LockerReport report(String locker) {
        if (byLocker == null) {
            byLocker = reports.all().stream().collect(Collectors.toMap(LockerReport::locker, r -> r));
        }
        return byLocker.get(locker);
    }

    /** What needs attention at a locker, as one line; empty when nothing does or no report exists yet. */
    public String attention(String locker) {
        LockerReport report = report(locker);
        return report == null ? "" : String.join("; ", report.attention());
    }

    public long getOnline() {
        return getLockers().stream().filter(Locker::online).count();
    }
}
