package io.lockernet.core.device.entity;

import io.lockernet.api.protocol.Vitals;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** One vitals frame of a locker, kept once by (locker, seq). */
@Entity
@Table(name = "vitals_sample")
@IdClass(DeviceEvent.Key.class)
public class VitalsSample {

    @Id
    @Column(name = "locker_id")
    private String locker;
    @Id
    private long seq;
    @Column(name = "measured_at")
    private Instant measuredAt;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "temperature_c")
    private Double temperatureC;
    @Column(name = "supply_voltage")
    private Double supplyVoltage;
    @Column(name = "battery_percent")
    private Integer batteryPercent;
    @Column(name = "signal_dbm")
    private Integer signalDbm;
    @Column(name = "uptime_seconds")
    private Long uptimeSeconds;

    protected VitalsSample() {
    }

    public VitalsSample(Vitals v, Instant receivedAt) {
        this.locker = v.locker();
        this.seq = v.seq();
        this.measuredAt = v.ts();
        this.receivedAt = receivedAt;
        this.temperatureC = v.temperatureC();
        this.supplyVoltage = v.supplyVoltage();
        this.batteryPercent = v.batteryPercent();
        this.signalDbm = v.signalDbm();
        this.uptimeSeconds = v.uptimeSeconds();
    }

    public DeviceEvent.Key key() {
        return new DeviceEvent.Key(locker, seq);
    }
}
