package io.lockernet.api.core;

/**
 * A Shepherd instance as operators see it: what it said about itself when it registered, how many lockers have it as
 * primary or fallback, and how many are connected through it now.
 */
public record ShepherdView(String id, String description, long primaryFor, long fallbackFor, long connected) {
}
