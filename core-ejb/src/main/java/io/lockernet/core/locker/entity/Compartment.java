package io.lockernet.core.locker.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One compartment of a locker. At most one impulse is live on it at a time: {@code liveImpulse} is claimed by a
 * conditional update (see {@code CompartmentClaims}), so the database, not a JVM lock, picks the winner. Rows are
 * written column by column: the history tier's occupancy reading and the realtime tier's door close of the same
 * compartment, committed about the same time, must not put back each other's columns.
 */
@Entity
@DynamicUpdate
@Table(name = "compartment")
@NamedQuery(name = Compartment.BY_LOCKER,
        query = "select c from Compartment c where c.locker = :locker order by c.name")
@NamedQuery(name = Compartment.BY_NAME,
        query = "select c from Compartment c where c.locker = :locker and c.name = :name")
public class Compartment {

    public static final String BY_LOCKER = "Compartment.byLocker";
    public static final String BY_NAME = "Compartment.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "locker_id")
    private String locker;
    private String name;
    @Column(name = "size_class")
    private String size;
    @Enumerated(EnumType.STRING)
    private CompartmentState state;
    @Column(name = "live_impulse_id")
    private String liveImpulse;
    @Column(name = "live_until")
    private Instant liveUntil;
    @Column(name = "module_position")
    private Integer module;
    @Column(name = "inner_width_mm")
    private Integer widthMm;
    @Column(name = "inner_height_mm")
    private Integer heightMm;
    @Column(name = "inner_depth_mm")
    private Integer depthMm;
    @Column(name = "low_height")
    private boolean lowHeight;
    private String special;
    @Column(name = "reservation_id")
    private String reservation;
    @Column(name = "device_door_open")
    private Boolean deviceDoorOpen;
    @Column(name = "device_occupied")
    private Boolean deviceOccupied;
    @Column(name = "device_seen_at")
    private Instant deviceSeenAt;
    @Column(name = "door_seen_at")
    private Instant doorSeenAt;
    @Column(name = "occupancy_seen_at")
    private Instant occupancySeenAt;
    @Column(name = "service_note")
    private String serviceNote;

    protected Compartment() {
    }

    public Compartment(String locker, String name, String size) {
        this.locker = locker;
        this.name = name;
        this.size = size;
        this.state = CompartmentState.AVAILABLE;
        SizeClass.parse(size).ifPresent(this::defaultDimensions);
    }

    /**
     * Builds the compartment as a layout has it: its size class, module (from 1, left), inner measures, whether a
     * wheelchair user reaches it and its special kind (ROLLER_SHUTTER, or null).
     */
    public void build(String size, int module, int widthMm, int heightMm, int depthMm, boolean lowHeight,
                      String special) {
        this.size = size;
        this.module = module;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.depthMm = depthMm;
        this.lowHeight = lowHeight;
        this.special = special;
    }

    /**
     * Whether something holds it: a reservation, a parcel, an open door, an impulse under way. A compartment in use
     * is not removed or resized by a layout, nor is its locker decommissioned.
     */
    public boolean inUse() {
        return liveImpulse != null || reservation != null || state == CompartmentState.RESERVED
                || state == CompartmentState.OCCUPIED || state == CompartmentState.OPEN;
    }

    public void resize(String size) {
        this.size = size;
        if (widthMm == null) {
            SizeClass.parse(size).ifPresent(this::defaultDimensions);
        }
    }

    private void defaultDimensions(SizeClass sizeClass) {
        widthMm = sizeClass.widthMm();
        heightMm = sizeClass.heightMm();
        depthMm = sizeClass.depthMm();
    }

    public void releaseReservation() {
        reservation = null;
    }

    /**
     * What the device saw at {@code at}; a null reading leaves the earlier one, and so does a reading older than the
     * one it would replace (replayed after an outage, or redelivered late). False when a reading was that old.
     */
    public boolean deviceSaw(Boolean doorOpen, Boolean occupied, Instant at) {
        boolean current = true;
        if (doorOpen != null) {
            current = doorSeenAt == null || !at.isBefore(doorSeenAt);
            if (current) {
                deviceDoorOpen = doorOpen;
                doorSeenAt = at;
            }
        }
        if (occupied != null) {
            boolean newer = occupancySeenAt == null || !at.isBefore(occupancySeenAt);
            if (newer) {
                deviceOccupied = occupied;
                occupancySeenAt = at;
            }
            current &= newer;
        }
        if (deviceSeenAt == null || at.isAfter(deviceSeenAt)) {
            deviceSeenAt = at;
        }
        return current;
    }

    /**
     * What the occupancy sensor said at {@code since} or later; empty when it has said nothing since (or has no
     * sensor): an older reading says nothing about what happened after.
     */
    public Optional<Boolean> occupiedSince(Instant since) {
        return deviceOccupied != null && occupancySeenAt != null && !occupancySeenAt.isBefore(since)
                ? Optional.of(deviceOccupied) : Optional.empty();
    }

    /**
     * The state once the door is closed: out of service stays so; otherwise what the reservation holding it says
     * ({@code reservationState} null when none holds it).
     */
    public void settle(CompartmentState reservationState) {
        if (state == CompartmentState.OUT_OF_SERVICE) {
            return;
        }
        state = reservationState == null ? CompartmentState.AVAILABLE : reservationState;
    }

    /** An operator takes it out of service, saying why: nothing is reserved in it or opened until it is back. */
    public void takeOutOfService(String note) {
        this.state = CompartmentState.OUT_OF_SERVICE;
        this.serviceNote = note;
    }

    /**
     * Back in service: open while its door is open, else available until its hold (if any) settles it
     * ({@link #settle}).
     */
    public void returnToService() {
        this.state = Boolean.TRUE.equals(deviceDoorOpen) ? CompartmentState.OPEN : CompartmentState.AVAILABLE;
        this.serviceNote = null;
    }

    /** Why an operator took it out of service; null while in service. */
    public String serviceNote() {
        return serviceNote;
    }

    public void changeState(CompartmentState state) {
        this.state = state;
    }

    public Long id() {
        return id;
    }

    public String locker() {
        return locker;
    }

    public String name() {
        return name;
    }

    public String size() {
        return size;
    }

    public CompartmentState state() {
        return state;
    }

    public String liveImpulse() {
        return liveImpulse;
    }

    /** Until when the live impulse holds the compartment (its deadline), if one does. */
    public Instant liveUntil() {
        return liveUntil;
    }

    public Integer module() {
        return module;
    }

    public Integer widthMm() {
        return widthMm;
    }

    public Integer heightMm() {
        return heightMm;
    }

    public Integer depthMm() {
        return depthMm;
    }

    public boolean lowHeight() {
        return lowHeight;
    }

    public String special() {
        return special;
    }

    public String reservation() {
        return reservation;
    }

    public Boolean deviceDoorOpen() {
        return deviceDoorOpen;
    }

    public Boolean deviceOccupied() {
        return deviceOccupied;
    }

    public Instant deviceSeenAt() {
        return deviceSeenAt;
    }

    public SizeClass sizeClass() {
        return SizeClass.parse(size).orElse(SizeClass.M);
    }
}
