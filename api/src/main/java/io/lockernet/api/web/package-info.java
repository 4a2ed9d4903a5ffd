/**
 * What every Lockernet web application does before its own code sees a request: one credential per request, none in
 * the query string, bounded bodies; and the refusals it makes, tallied and reported to the operators as alarms.
 */
package io.lockernet.api.web;
