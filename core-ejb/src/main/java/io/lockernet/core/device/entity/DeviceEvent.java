package io.lockernet.core.device.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One frame a locker sent, identified by the locker and its sequence number, so it is recorded exactly once. */
@Entity
@Table(name = "device_event")
@IdClass(DeviceEvent.Key.class)
public class DeviceEvent {

    @Id
    @Column(name = "locker_id")
    private String locker;
    @Id
    private long seq;
    private String type;
    private String compartment;
    @Column(name = "impulse_id")
    private String impulse;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "received_at")
    private Instant receivedAt;

    protected DeviceEvent() {
    }

    public DeviceEvent(String locker, long seq, String type, String compartment, String impulse, Instant occurredAt,
                       Instant receivedAt) {
        this.locker = locker;
        this.seq = seq;
        this.type = type;
        this.compartment = compartment;
        this.impulse = impulse;
        this.occurredAt = occurredAt;
        this.receivedAt = receivedAt;
    }

    /** The identity of a device event. */
    public record Key(String locker, long seq) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
