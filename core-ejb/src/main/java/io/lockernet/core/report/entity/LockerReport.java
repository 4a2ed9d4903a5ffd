package io.lockernet.core.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One locker's figures as of {@code refreshedAt}: compartments by state, the last day's opens, the last hour's traffic. */
@Entity
@Table(name = "locker_report")
public class LockerReport {

    @Id
    @Column(name = "locker_id")
    private String locker;
    @Column(name = "refreshed_at")
    private Instant refreshedAt;
    private int compartments;
    private int available;
    private int reserved;
    private int occupied;
    @Column(name = "open_now")
    private int openNow;
    @Column(name = "out_of_service")
    private int outOfService;
    @Column(name = "opens_24h")
    private int opens24h;
    @Column(name = "failed_24h")
    private int failed24h;
    @Column(name = "expired_24h")
    private int expired24h;
    @Column(name = "events_1h")
    private int events1h;
    @Column(name = "vitals_1h")
    private int vitals1h;
    @Column(name = "last_temperature")
    private Double lastTemperature;
    @Column(name = "last_battery")
    private Integer lastBattery;
    @Column(name = "open_alarms")
    private int openAlarms;
    @Column(name = "outages_24h")
    private int outages24h;
    /** The attention flags, "; "-separated; null when nothing is past its threshold. */
    private String attention;

    protected LockerReport() {
    }

    public LockerReport(String locker) {
        this.locker = locker;
    }

    /** Figures in the order of the columns: see {@code ReportRefresh}. */
    public void refresh(Instant at, int[] byState, int opens24h, int failed24h, int expired24h, int events1h,
                        int vitals1h, Double lastTemperature, Integer lastBattery, int openAlarms) {
        this.refreshedAt = at;
        this.available = byState[0];
        this.reserved = byState[1];
        this.occupied = byState[2];
        this.openNow = byState[3];
        this.outOfService = byState[4];
        this.compartments = available + reserved + occupied + openNow + outOfService;
        this.opens24h = opens24h;
        this.failed24h = failed24h;
        this.expired24h = expired24h;
        this.events1h = events1h;
        this.vitals1h = vitals1h;
        this.lastTemperature = lastTemperature;
        this.lastBattery = lastBattery;
        this.openAlarms = openAlarms;
    }

    /** Link figures and what needs attention, from the same refresh. */
    public void health(int outages24h, List<String> flags) {
        this.outages24h = outages24h;
        String joined = String.join("; ", flags);
        this.attention = flags.isEmpty() ? null : joined.length() > 1000 ? joined.substring(0, 1000) : joined;
    }

    public int outages24h() { return outages24h; }

    public List<String> attention() {
        return attention == null ? List.of() : List.of(attention.split("; "));
    }

    public String locker() { return locker; }
    public Instant refreshedAt() { return refreshedAt; }
    public int compartments() { return compartments; }
    public int available() { return available; }
    public int reserved() { return reserved; }
    public int occupied() { return occupied; }
    public int openNow() { return openNow; }
    public int outOfService() { return outOfService; }
    public int opens24h() { return opens24h; }
    public int failed24h() { return failed24h; }
    public int expired24h() { return expired24h; }
    public int events1h() { return events1h; }
    public int vitals1h() { return vitals1h; }
    public Double lastTemperature() { return lastTemperature; }
    public Integer lastBattery() { return lastBattery; }
    public int openAlarms() { return openAlarms; }
}
