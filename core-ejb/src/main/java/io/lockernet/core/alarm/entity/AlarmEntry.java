package io.lockernet.core.alarm.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of an alarm's history: who did what to it, when, and what they wrote. */
@Entity
@Table(name = "alarm_entry")
public class AlarmEntry {

    /** What was done. */
    public enum Action { ACKNOWLEDGED, ASSIGNED, COMMENTED, ISOLATED, RESOLVED }

    private static final int MAX_TEXT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "alarm_id")
    private Long alarm;
    private Instant at;
    private String actor;
    @Enumerated(EnumType.STRING)
    private Action action;
    private String text;

    protected AlarmEntry() {
    }

    public AlarmEntry(long alarm, Instant at, String actor, Action action, String text) {
        this.alarm = alarm;
        this.at = at;
        this.actor = actor.length() > 120 ? actor.substring(0, 120) : actor;
        this.action = action;
        this.text = text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public Action action() {
        return action;
    }

    public String text() {
        return text;
    }
}
