/**
 * Callbacks to retailers' systems: the endpoints a retailer subscribes to event types, the events written in the
 * transaction of the change they tell of (a transactional outbox), and their delivery on the callbacks latency tier,
 * signed as Standard Webhooks, acknowledged by a 2xx, retried with backoff, paused and alarmed when an endpoint keeps
 * failing. It observes the areas below it (reservations, links) and is imported by none of them.
 */
package io.lockernet.core.callback;
