package io.lockernet.core.locker.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a locker stands and when couriers can reach it: opening and closing in minutes after midnight in the delivery
 * time zone (both null: day and night). A locker without a site is not routed to.
 */
@Embeddable
public class Site {

    private static final int DAY_MINUTES = 24 * 60;

    private Double latitude;
    private Double longitude;
    @Column(name = "opens_minute")
    private Integer opensMinute;
    @Column(name = "closes_minute")
    private Integer closesMinute;

    protected Site() {
    }

    public Site(double latitude, double longitude, Integer opensMinute, Integer closesMinute) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.opensMinute = opensMinute;
        this.closesMinute = closesMinute;
    }

    public boolean known() {
        return latitude != null && longitude != null;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    public int opensMinute() {
        return opensMinute == null ? 0 : opensMinute;
    }

    public int closesMinute() {
        return closesMinute == null ? DAY_MINUTES : closesMinute;
    }
}
