/**
 * The retailer's callbacks as its technical staff manage them: endpoints and their subscriptions, secrets shown once,
 * the delivery log, pause, resume, replay, test, and each endpoint's health. Partner Admin holds none of it: it asks
 * the Core's partner API with the retailer's own client credentials, as the retailer's systems would.
 */
package io.lockernet.partneradmin.callback;
