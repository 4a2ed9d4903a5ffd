package io.lockernet.api.core;

/**
 * Which Shepherd instances a locker may connect to: its primary, and the fallback it moves to when the primary is
 * down (null when it has none).
 */
public record Assignment(String locker, String shepherd, String fallback) {
}
