package io.lockernet.api.core;

/** Which Shepherd instance a locker must connect to. */
public record Assignment(String locker, String shepherd) {
}
