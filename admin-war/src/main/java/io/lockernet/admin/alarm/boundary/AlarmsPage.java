package io.lockernet.admin.alarm.boundary;

import io.lockernet.admin.platform.CoreRefusal;
import io.lockernet.admin.platform.Messages;
import io.lockernet.admin.platform.OperatorApi;
import io.lockernet.api.core.AlarmView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Backs the alarms page: the open alarms the operator may see, and resolving one with what was done. */
@Named
@RequestScoped
public class AlarmsPage {

    @Inject
    OperatorApi core;

    private final Map<Long, String> resolutions = new HashMap<>();
    private List<AlarmView> open;

    public List<AlarmView> getAlarms() {
        if (open == null) {
            open = core.alarms();
        }
        return open;
    }

    /** What the operator typed for each alarm, by id. */
    public Map<Long, String> getResolutions() {
        return resolutions;
    }

    public void resolve(long id) {
        String resolution = resolutions.get(id);
        if (resolution == null || resolution.isBlank()) {
            Messages.error("Say what was done before resolving alarm " + id + ".");
            return;
        }
        try {
            core.resolveAlarm(id, resolution.strip());
            open = null;
            Messages.info("Alarm " + id + " resolved.");
        } catch (CoreRefusal refused) {
            Messages.error(refused.getMessage());
        }
    }
}
