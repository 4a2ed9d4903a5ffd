package io.lockernet.partner.report.boundary;

import io.lockernet.api.core.LockerView;
import io.lockernet.partner.platform.CoreClient;
import io.lockernet.partner.platform.StaffMember;
import io.lockernet.partner.report.control.ReportPeriod;
import io.lockernet.partner.report.control.StoreReport;
import io.lockernet.partner.report.control.StoreReports;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code reports.xhtml[?store=…]}: a store's report for a period, as {@code GET /reports/stores/{store}} gives it. Store managers
 * only: web.xml keeps everyone else off the page, and the report is refused here too.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final String MANAGER = "store-manager";

    @EJB
    StoreReports reports;

    @Inject
    CoreClient core;

    @Inject
    HttpServletRequest request;

    @Inject
    StaffMember staff;

    private String timeZone;

    private List<String> stores;
    private String store;
    private LocalDate from;
    private LocalDate to;
    private String notice;
    private StoreReport report;

    @PostConstruct
    void init() {
        // the same setting as the report API's; read here, as a view-scoped bean holds only what it can passivate
        timeZone = ConfigProvider.getConfig().getOptionalValue("lockernet.partner.time-zone", String.class)
                .orElse("UTC");
        stores = staff.scope().reachable(core.lockers()).stream().map(LockerView::store).distinct().sorted().toList();
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("store");
        store = stores.contains(asked) ? asked : stores.isEmpty() ? null : stores.get(0);
        to = LocalDate.now(ZoneId.of(timeZone));
        from = to.minusDays(6);
        show();
    }

    /** The report of the chosen store and days; a notice says what is wrong with them. */
    public void show() {
        if (!request.isUserInRole(MANAGER)) {
            throw new ForbiddenException("reports are for store managers (role " + MANAGER + ")");
        }
        report = null;
        notice = null;
        if (store == null || from == null || to == null) {
            notice = "Choose a store and both dates.";
            return;
        }
        ReportPeriod period;
        try {
            period = new ReportPeriod(from, to, ZoneId.of(timeZone));
        } catch (IllegalArgumentException e) {
            notice = "No report for these dates: " + e.getMessage() + ".";
            return;
        }
        List<LockerView> lockers = core.lockers().stream().filter(l -> l.store().equals(store)).toList();
        if (lockers.isEmpty()) {
            notice = "No locker of this retailer stands at " + store + ".";
            return;
        }
        report = reports.report(store, lockers, period);
    }

    public StoreReport report() {
        return report;
    }

    public String lockers() {
        return report == null ? "" : String.join(", ", report.lockers());
    }

    /** Occupancy by compartment state, as one line: "AVAILABLE 7, OCCUPIED 1". */
    public String byState() {
        Map<String, Integer> byState = report == null ? Map.of() : report.occupancy().byState();
        return byState.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** Minutes as the page shows them, or a dash when nothing was picked up. */
    public String minutes(Double value) {
        return value == null ? "–" : String.format("%.1f min", value);
    }

    public List<String> stores() {
        return stores;
    }

    public String getStore() {
        return store;
    }

    public void setStore(String store) {
        this.store = stores.contains(store) ? store : this.store;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String notice() {
        return notice;
    }

    public String timeZone() {
        return timeZone;
    }
}
