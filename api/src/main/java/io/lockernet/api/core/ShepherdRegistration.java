package io.lockernet.api.core;

/** What a Shepherd instance tells the Core about itself when it starts, e.g. "shepherd-3 on host-a:8280". */
public record ShepherdRegistration(String description) {
}
