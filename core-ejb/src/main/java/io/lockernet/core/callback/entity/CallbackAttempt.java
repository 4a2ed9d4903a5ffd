package io.lockernet.core.callback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One attempt of a delivery, for the retailer's delivery log: when, the HTTP status (none when no answer came), how
 * long it took, and what went wrong in a few words (the start of the answer, never the payload: no personal data).
 */
@Entity
@Table(name = "callback_attempt")
public class CallbackAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "delivery_id")
    private Long delivery;
    private Instant at;
    private Integer status;
    @Column(name = "latency_ms")
    private int latencyMs;
    private String outcome;

    protected CallbackAttempt() {
    }

    public CallbackAttempt(Long delivery, Instant at, Integer status, int latencyMs, String outcome) {
        this.delivery = delivery;
        this.at = at;
        this.status = status;
        this.latencyMs = latencyMs;
        this.outcome = outcome.length() > 300 ? outcome.substring(0, 300) : outcome;
    }

    public Long delivery() {
        return delivery;
    }

    public Instant at() {
        return at;
    }

    public Integer status() {
        return status;
    }

    public int latencyMs() {
        return latencyMs;
    }

    public String outcome() {
        return outcome;
    }
}
