/**
 * The operators' live channel: a WebSocket ({@code /admin/live}) that pushes what happens in the fleet as it happens
 * (a locker's link going up or down, a compartment changing state, an alarm opened), so that the Admin Panel's pages
 * refresh themselves without a reload. Each operator hears only of what the Core's role matrix lets them read.
 */
package io.lockernet.admin.live;
