/**
 * Events only the Partner knows of, for the retailer's callback endpoints (a parcel's pickup window ending soon, or
 * ended): the areas above write them in the transaction that notices them (a transactional outbox), and after each
 * sweep they are told to the Core, which records each once and delivers it with the rest of the retailer's events.
 */
package io.lockernet.partner.event;
