package io.lockernet.core.report.boundary;

import io.lockernet.core.platform.TierTriggers;
import jakarta.ejb.Schedule;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Asks the reports tier to refresh every minute. */
@Singleton
@DependsOn("CoreSchema") // its timers tick once the Core's schema is migrated, not during the first deployment
public class ReportsSchedule {

    @Inject
    TierTriggers triggers;

    @Schedule(hour = "*", minute = "*", second = "0", persistent = false, info = "reports refresh")
    public void everyMinute() {
        triggers.refreshReports("schedule");
    }
}
