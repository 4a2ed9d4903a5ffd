/**
 * The Admin Panel's service tickets: the open ones of the operator's regions taken to closure (acknowledged, taken,
 * commented, resolved with what was done), a ticket's history and the recently closed ones.
 */
package io.lockernet.admin.ticket;
