package io.lockernet.admin.alarm.boundary;

import io.lockernet.admin.platform.CoreRefusal;
import io.lockernet.admin.platform.Messages;
import io.lockernet.admin.platform.OperatorApi;
import io.lockernet.admin.platform.PanelUser;
import io.lockernet.api.core.AlarmView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Backs the alarms page: the open alarms the operator may see, each taken to closure here (acknowledged, taken,
 * commented, its locker isolated, resolved with what was done), one alarm's history ({@code ?alarm=id}) and the latest
 * resolved alarms.
 */
@Named
@RequestScoped
public class AlarmsPage {

    @Inject
    OperatorApi core;

    @Inject
    PanelUser user;

    private List<AlarmView> open;
    private List<AlarmView> resolved;
    private Long shown;
    private AlarmView detail;

    public List<AlarmView> getAlarms() {
        if (open == null) {
            open = core.alarms();
        }
        return open;
    }

    public List<AlarmView> getResolved() {
        if (resolved == null) {
            resolved = core.resolvedAlarms();
        }
        return resolved;
    }

    /** The shown alarm with its history ({@code ?alarm=id}); null when none is asked for or it cannot be read. */
    public AlarmView getDetail() {
        if (shown == null) {
            shown = asked();
        }
        if (detail == null && shown != null) {
            try {
                detail = core.alarm(shown);
            } catch (CoreRefusal refused) {
                Messages.error(refused.getMessage());
                shown = null;
            }
        }
        return detail;
    }

    public void acknowledge() {
        clicked().ifPresent(id -> act(id, "Alarm " + id + " acknowledged.", () -> core.acknowledgeAlarm(id)));
    }

    /** Gives the alarm to the signed-in operator. */
    public void take() {
        clicked().ifPresent(id -> act(id, "Alarm " + id + " is yours.", () -> core.assignAlarm(id,
                user.username())));
    }

    public void comment() {
        clicked().ifPresent(id -> {
            String text = typed("comment-" + id);
            if (text.isEmpty()) {
                Messages.error("Write a comment first.");
                return;
            }
            act(id, "Comment added to alarm " + id + ".", () -> core.commentOnAlarm(id, text));
        });
    }

    public void isolate() {
        clicked().ifPresent(id -> act(id, "Whom alarm " + id + " is about is isolated (see its history).",
                () -> core.isolateAlarmLocker(id)));
    }

    public void resolve() {
        clicked().ifPresent(id -> {
            String resolution = typed("resolution-" + id);
            if (resolution.isEmpty()) {
                Messages.error("Say what was done before resolving alarm " + id + ".");
                return;
            }
            act(id, "Alarm " + id + " resolved.", () -> core.resolveAlarm(id, resolution));
        });
    }

    /** The alarm whose button was clicked: the button sends its id, whatever row the alarm is in now. */
    private static Optional<Long> clicked() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("alarm-id");
        try {
            return Optional.of(Long.valueOf(id));
        } catch (NumberFormatException | NullPointerException notAnId) {
            Messages.error("Which alarm? Load the page again.");
            return Optional.empty();
        }
    }

    private static String typed(String field) {
        String text = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(field);
        return text == null ? "" : text.strip();
    }

    /**
     * Whether isolating makes sense: an attempt beyond a retailer's scope, whose client the alarm names; or an alarm
     * about a locker that a rogue device may be behind.
     */
    public boolean isolatable(AlarmView alarm) {
        if ("OUT_OF_SCOPE".equals(alarm.kind())) {
            return alarm.subject() != null;
        }
        return alarm.locker() != null && List.of("IMPERSONATION", "DUPLICATE_CONNECTION", "FLOODING", "TAMPER",
                "CLOCK_SKEW").contains(alarm.kind());
    }

    private static Long asked() {
        String alarm = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("alarm");
        try {
            return alarm == null ? null : Long.valueOf(alarm);
        } catch (NumberFormatException notAnId) {
            Messages.error("There is no alarm '" + (alarm.length() > 20 ? alarm.substring(0, 20) + "…" : alarm)
                    + "'.");
            return null;
        }
    }

    private void act(long id, String done, Supplier<AlarmView> action) {
        try {
            detail = action.get();
            shown = id;
            open = null;
            resolved = null;
            Messages.info(done);
        } catch (CoreRefusal refused) {
            Messages.error(refused.getMessage());
        }
    }
}
