package io.lockernet.core.callback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Where a retailer wants to be told, of which event types, and the secret its messages are signed with. An endpoint
 * that keeps failing is PAUSED: its deliveries wait until the retailer resumes it, then go out in order.
 */
@Entity
@Table(name = "callback_endpoint")
public class CallbackEndpoint {

    public enum State { ACTIVE, PAUSED }

    @Id
    private String id;
    @Column(name = "retailer_id")
    private String retailer;
    private String url;
    @Column(name = "event_types")
    private String eventTypes;
    private String secret;
    @Column(name = "previous_secret")
    private String previousSecret;
    @Column(name = "previous_secret_until")
    private Instant previousSecretUntil;
    @Enumerated(EnumType.STRING)
    private State state;
    @Column(name = "failures_in_row")
    private int failuresInRow;
    @Column(name = "paused_at")
    private Instant pausedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    /** The adapter that shapes its requests (null: the Standard Webhooks JSON), and its settings as JSON. */
    private String adapter;
    @Column(name = "adapter_settings")
    private String adapterSettings;
    /** Who is mailed when the endpoint is paused (null: nobody; Partner Admin shows it either way). */
    @Column(name = "alert_email")
    private String alertEmail;

    protected CallbackEndpoint() {
    }

    public CallbackEndpoint(String retailer, String url, Collection<String> eventTypes, String secret, Instant at) {
        this.id = "ep_" + UUID.randomUUID().toString().replace("-", "");
        this.retailer = retailer;
        this.url = url;
        this.eventTypes = String.join(",", eventTypes);
        this.secret = secret;
        this.state = State.ACTIVE;
        this.createdAt = at;
    }

    public boolean subscribes(String type) {
        return eventTypes().contains(type);
    }

    /** A new secret signs from now on; the old one signs beside it until {@code oldUntil}, for the receiver to switch. */
    public void rotate(String newSecret, Instant oldUntil) {
        previousSecret = secret;
        previousSecretUntil = oldUntil;
        secret = newSecret;
    }

    /** The secrets to sign with now: the current one, and the previous one while it is still valid. */
    public List<String> signingSecrets(Instant now) {
        return previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)
                ? List.of(secret, previousSecret) : List.of(secret);
    }

    /** Its requests are shaped by this adapter, with these settings (JSON), from the next attempt on; null: none. */
    public void adapt(String adapter, String settings) {
        this.adapter = adapter;
        this.adapterSettings = adapter == null ? null : settings;
    }

    public String adapter() {
        return adapter;
    }

    public String adapterSettings() {
        return adapterSettings;
    }

    public void alertEmail(String address) {
        this.alertEmail = address;
    }

    public String alertEmail() {
        return alertEmail;
    }

    /** Its retailer pauses it (a maintenance window): its deliveries wait until it is resumed. */
    public void pause(Instant at) {
        if (state == State.ACTIVE) {
            state = State.PAUSED;
            pausedAt = at;
        }
    }

    public void succeeded() {
        failuresInRow = 0;
    }

    /** One more failure in a row; true when this one pauses the endpoint. */
    public boolean failed(int pauseAfter, Instant at) {
        failuresInRow++;
        if (state == State.ACTIVE && failuresInRow >= pauseAfter) {
            state = State.PAUSED;
            pausedAt = at;
            return true;
        }
        return false;
    }

    public void resume() {
        state = State.ACTIVE;
        pausedAt = null;
        failuresInRow = 0;
    }

    public String id() {
        return id;
    }

    public String retailer() {
        return retailer;
    }

    public String url() {
        return url;
    }

    public List<String> eventTypes() {
        return Arrays.stream(eventTypes.split(",")).filter(t -> !t.isBlank()).toList();
    }

    public State state() {
        return state;
    }

    public int failuresInRow() {
        return failuresInRow;
    }

    public Instant pausedAt() {
        return pausedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
