package io.lockernet.core.report.boundary;

import io.lockernet.core.report.entity.LockerReport;
import io.lockernet.core.platform.TierTriggers;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The latest per-locker reports, as the reports tier last computed them. */
@Stateless
public class Reports {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    TierTriggers triggers;

    /** Asks the reports tier for a refresh now, instead of at the next minute. */
    public void refreshNow(String by) {
        triggers.refreshReports("operator " + by);
    }

    public List<LockerReport> all() {
        return em.createQuery("select r from LockerReport r order by r.locker", LockerReport.class).getResultList();
    }
}
