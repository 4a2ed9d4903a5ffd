package io.lockernet.core.delivery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A courier's working day: from the depot where the van is loaded, from {@code startMinute} to {@code endMinute}
 * (minutes after midnight in the delivery time zone), with room for {@code capacity} parcels. The courier is the
 * Keycloak user name; the carrier is the group it drives for.
 */
@Entity
@Table(name = "courier_shift")
public class CourierShift {

    @Id
    private String id;
    @Column(name = "carrier_id")
    private String carrier;
    private String courier;
    @Column(name = "shift_day")
    private LocalDate day;
    @Column(name = "start_minute")
    private int startMinute;
    @Column(name = "end_minute")
    private int endMinute;
    @Column(name = "depot_latitude")
    private double depotLatitude;
    @Column(name = "depot_longitude")
    private double depotLongitude;
    private int capacity;
    @Column(name = "position_latitude")
    private Double positionLatitude;
    @Column(name = "position_longitude")
    private Double positionLongitude;
    @Column(name = "position_at")
    private Instant positionAt;

    protected CourierShift() {
    }

    public CourierShift(String carrier, String courier, LocalDate day) {
        this.id = UUID.randomUUID().toString();
        this.carrier = carrier;
        this.courier = courier;
        this.day = day;
    }

    /** The shift starts (again) at the depot: where the courier was before is no longer where the van sets out. */
    public void plan(int startMinute, int endMinute, double depotLatitude, double depotLongitude, int capacity) {
        this.positionLatitude = null;
        this.positionLongitude = null;
        this.positionAt = null;
        this.startMinute = startMinute;
        this.endMinute = endMinute;
        this.depotLatitude = depotLatitude;
        this.depotLongitude = depotLongitude;
        this.capacity = capacity;
    }

    /** Where the courier was at {@code at}; an older report than the last one changes nothing. */
    public boolean movedTo(double latitude, double longitude, Instant at) {
        if (positionAt != null && !at.isAfter(positionAt)) {
            return false;
        }
        positionLatitude = latitude;
        positionLongitude = longitude;
        positionAt = at;
        return true;
    }

    public String carrier() { return carrier; }
    public String courier() { return courier; }
    public LocalDate day() { return day; }
    public int startMinute() { return startMinute; }
    public int endMinute() { return endMinute; }
    public double depotLatitude() { return depotLatitude; }
    public double depotLongitude() { return depotLongitude; }
    public int capacity() { return capacity; }
    public Double positionLatitude() { return positionLatitude; }
    public Double positionLongitude() { return positionLongitude; }
    public Instant positionAt() { return positionAt; }
}
