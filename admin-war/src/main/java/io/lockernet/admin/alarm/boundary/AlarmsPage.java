package io.lockernet.admin.alarm.boundary;

import io.lockernet.admin.platform.CoreRefusal;
import io.lockernet.admin.platform.Messages;
import io.lockernet.admin.platform.RequestParams;
import io.lockernet.admin.platform.OperatorApi;
import io.lockernet.admin.platform.PanelUser;
import io.lockernet.api.core.AlarmView;
import jakarta.enterprise.context.RequestScoped;
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
            shown = RequestParams.asked("alarm", "alarm");
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
            String text = RequestParams.typed("comment-" + id);
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
            String resolution = RequestParams.typed("resolution-" + id);
            if (resolution.isEmpty()) {
                Messages.error("Say what was done before resolving alarm " + id + ".");
                return;
            }
            act(id, "Alarm " + id + " resolved.", () -> core.resolveAlarm(id, resolution));
        });
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

    /** The alarm whose button was clicked: the button sends its id, whatever row it is in now. */
    private static Optional<Long> clicked() {
        return RequestParams.clicked("alarm-id", "alarm");
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
