package io.lockernet.core.callback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Something a retailer may want to be told, written in the transaction of the change it tells of. {@code webhookId}
 * is the Standard Webhooks {@code webhook-id}: the same on every attempt and every replay, so that a receiver can
 * recognise what it was told before. The id grows with every event: a receiver orders a subject's events by the
 * payload's {@code sequence}.
 */
@Entity
@Table(name = "callback_event")
public class CallbackEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "webhook_id")
    private String webhookId;
    @Column(name = "retailer_id")
    private String retailer;
    private String type;
    private String subject;
    private String payload;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    /** The id the Partner gave an event it told of (a parcel's window ending); null for the Core's own. */
    @Column(name = "source_id")
    private String sourceId;

    protected CallbackEvent() {
    }

    public CallbackEvent(String retailer, String type, String subject, String payload, Instant at) {
        this.webhookId = "msg_" + UUID.randomUUID().toString().replace("-", "");
        this.retailer = retailer;
        this.type = type;
        this.subject = subject;
        this.payload = payload;
        this.occurredAt = at;
    }

    /** Records the id the retailer's Partner gave the event, by which a second telling of it is recognised. */
    public void toldBy(String partnerEventId) {
        this.sourceId = partnerEventId;
    }

    /** The payload is written once the id is known (it carries the id as its sequence). */
    public void payload(String json) {
        this.payload = json;
    }

    public Long id() {
        return id;
    }

    public String webhookId() {
        return webhookId;
    }

    public String retailer() {
        return retailer;
    }

    public String type() {
        return type;
    }

    public String subject() {
        return subject;
    }

    public String payload() {
        return payload;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
