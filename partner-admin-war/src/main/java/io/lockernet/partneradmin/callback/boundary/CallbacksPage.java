package io.lockernet.partneradmin.callback.boundary;

import io.lockernet.api.core.CallbackEventTypes;
import io.lockernet.partneradmin.callback.control.CoreCallbacks;
import io.lockernet.partneradmin.callback.control.CoreCallbacks.Delivery;
import io.lockernet.partneradmin.callback.control.CoreCallbacks.Endpoint;
import io.lockernet.partneradmin.callback.control.CoreCallbacks.Health;
import io.lockernet.partneradmin.callback.control.CoreRefusal;
import io.lockernet.partneradmin.platform.AdminApp;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Callbacks page: the retailer's endpoints with their health, a new endpoint (its secret shown once), and for the
 * endpoint chosen its delivery log, with send-a-test, pause, resume, replay and a new secret. Technical staff act; the
 * privacy officer only reads. Every figure comes from the Core, asked anew on each refresh (every few seconds).
 */
@Named
@ViewScoped
public class CallbacksPage implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm:ss").withZone(ZoneOffset.UTC);

    /** One endpoint as the table shows it: the endpoint and its health. */
    public record Row(Endpoint endpoint, Health health) {

        public String events() {
            return String.join(", ", endpoint.events());
        }

        public String successRate() {
            return health == null || health.successRate() == null ? "–"
                    : Math.round(health.successRate() * 1000) / 10.0 + " %";
        }

        public String latency() {
            return health == null || health.latencyP50Ms() == null ? "–"
                    : health.latencyP50Ms() + " / " + health.latencyP95Ms() + " / " + health.latencyP99Ms() + " ms";
        }
    }

    @Inject
    CoreCallbacks core;

    @Inject
    AdminApp app;

    private List<Row> rows;
    private String newUrl;
    private List<String> newEvents = new ArrayList<>();
    private String newAlertEmail;
    private String secret;
    private String secretOf;
    private String selected;
    private String stateFilter;
    private String typeFilter;
    private LocalDateTime replayFrom;
    private LocalDateTime replayTo;

    public List<Row> rows() {
        if (rows == null) {
            rows = ask(() -> core.endpoints().stream().map(e -> new Row(e, core.health(e.id()))).toList(), List.of());
        }
        return rows;
    }

    public List<Delivery> log() {
        return selected == null ? List.of()
                : ask(() -> core.deliveries(selected, blankToNull(stateFilter), blankToNull(typeFilter), 50), List.of());
    }

    public void refresh() {
        rows = null;
    }

    public void subscribe() {
        if (allowed()) {
            act(() -> {
                Endpoint created = core.subscribe(newUrl == null ? "" : newUrl.strip(), newEvents, newAlertEmail);
                showSecret(created);
                selected = created.id();
                newUrl = null;
                newEvents = new ArrayList<>();
                newAlertEmail = null;
                return "Endpoint " + created.id() + " subscribed.";
            });
        }
    }

    public void sendTest(Endpoint endpoint) {
        if (allowed()) {
            act(() -> "Test event " + core.test(endpoint.id()).webhookId() + " sent to " + endpoint.id() + ".");
            selected = endpoint.id();
        }
    }

    public void pause(Endpoint endpoint) {
        if (allowed()) {
            act(() -> "Endpoint " + core.pause(endpoint.id()).id() + " paused: its events wait until you resume it.");
        }
    }

    public void resume(Endpoint endpoint) {
        if (allowed()) {
            act(() -> "Endpoint " + core.resume(endpoint.id()).id() + " resumed: its waiting events go out, in order.");
            selected = endpoint.id();
        }
    }

    public void rotate(Endpoint endpoint) {
        if (allowed()) {
            act(() -> {
                showSecret(core.rotate(endpoint.id()));
                return "New secret for " + endpoint.id() + ": the old one signs beside it for 24 hours.";
            });
        }
    }

    public void remove(Endpoint endpoint) {
        if (allowed()) {
            act(() -> {
                core.remove(endpoint.id());
                if (endpoint.id().equals(selected)) {
                    selected = null;
                }
                return "Endpoint " + endpoint.id() + " removed.";
            });
        }
    }

    public void replay(Delivery delivery) {
        if (allowed()) {
            act(() -> core.replay(selected, delivery.webhookId(), null, null) + " event sent again ("
                    + delivery.webhookId() + ").");
        }
    }

    public void replayRange() {
        if (allowed()) {
            if (replayFrom == null) {
                message(FacesMessage.SEVERITY_WARN, "Give the time the replay starts from (UTC).");
                return;
            }
            Instant from = replayFrom.toInstant(ZoneOffset.UTC);
            Instant to = replayTo == null ? null : replayTo.toInstant(ZoneOffset.UTC);
            act(() -> core.replay(selected, null, from, to) + " events sent again.");
        }
    }

    public void select(Endpoint endpoint) {
        selected = endpoint.id();
    }

    public void forgetSecret() {
        secret = null;
        secretOf = null;
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public List<String> eventTypes() {
        return CallbackEventTypes.ALL;
    }

    private void showSecret(Endpoint endpoint) {
        secret = endpoint.secret();
        secretOf = endpoint.id();
    }

    /** Technical staff only; anyone else is told so, and nothing is asked of the Core. */
    private boolean allowed() {
        if (!app.technician()) {
            message(FacesMessage.SEVERITY_WARN, "Only technical staff (role " + AdminApp.TECHNICIAN
                    + ") change callback endpoints.");
            return false;
        }
        return true;
    }

    /** Does it, says what happened, and shows the Core's state afresh; a refusal is shown in the Core's words. */
    private void act(Supplier<String> action) {
        try {
            message(FacesMessage.SEVERITY_INFO, action.get());
        } catch (CoreRefusal e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
        rows = null;
    }

    private <T> T ask(Supplier<T> question, T meanwhile) {
        try {
            return question.get();
        } catch (CoreRefusal e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
            return meanwhile;
        }
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public String getNewUrl() {
        return newUrl;
    }

    public void setNewUrl(String newUrl) {
        this.newUrl = newUrl;
    }

    public List<String> getNewEvents() {
        return newEvents;
    }

    public void setNewEvents(List<String> newEvents) {
        this.newEvents = newEvents;
    }

    public String getNewAlertEmail() {
        return newAlertEmail;
    }

    public void setNewAlertEmail(String newAlertEmail) {
        this.newAlertEmail = newAlertEmail;
    }

    public String getSecret() {
        return secret;
    }

    public String getSecretOf() {
        return secretOf;
    }

    public String getSelected() {
        return selected;
    }

    public String getStateFilter() {
        return stateFilter;
    }

    public void setStateFilter(String stateFilter) {
        this.stateFilter = stateFilter;
    }

    public String getTypeFilter() {
        return typeFilter;
    }

    public void setTypeFilter(String typeFilter) {
        this.typeFilter = typeFilter;
    }

    public LocalDateTime getReplayFrom() {
        return replayFrom;
    }

    public void setReplayFrom(LocalDateTime replayFrom) {
        this.replayFrom = replayFrom;
    }

    public LocalDateTime getReplayTo() {
        return replayTo;
    }

    public void setReplayTo(LocalDateTime replayTo) {
        this.replayTo = replayTo;
    }
}
