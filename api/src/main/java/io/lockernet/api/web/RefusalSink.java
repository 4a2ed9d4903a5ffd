package io.lockernet.api.web;

/** Where tallied refusals go: one call per kind of refusal and caller, with how often it happened since the last. */
@FunctionalInterface
public interface RefusalSink {

    void refused(Refusal refusal, long times);
}
