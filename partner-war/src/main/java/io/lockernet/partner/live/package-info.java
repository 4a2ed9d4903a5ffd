/**
 * The staff's live channel: a WebSocket ({@code /partner-ID/live}) that pushes what happens at this retailer's
 * lockers as it happens (alarms such as a person shut inside, compartment state changes), so that the staff app
 * shows it without polling. Only this retailer's staff may listen, and only this retailer's lockers are heard.
 */
package io.lockernet.partner.live;
