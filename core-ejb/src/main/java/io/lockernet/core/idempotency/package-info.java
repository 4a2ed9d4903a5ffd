/**
 * Idempotency keys: a client that retries a POST which may have been carried out (its answer lost) sends the same
 * {@code Idempotency-Key}, and gets what the first one did instead of a second reservation or a second open. Keys are
 * per client, kept a day, and recorded in the same transaction as what they guard.
 */
package io.lockernet.core.idempotency;
