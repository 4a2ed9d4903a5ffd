package io.lockernet.core.alarm.control;

import io.lockernet.core.alarm.entity.Alarm;

/**
 * A CDI event, fired in the transaction that opened a new alarm (not when one is counted on an open alarm): areas that
 * only tell others of it (callbacks to the retailers whose lockers it concerns) observe it.
 */
public record AlarmRaised(Alarm alarm) {
}
