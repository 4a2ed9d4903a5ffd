/**
 * The lockers' links: the WebSocket endpoint, who may connect (a valid locker token, assigned to this instance, one
 * connection per locker), and the registry of live sessions through which commands reach the lockers.
 */
package io.lockernet.shepherd.link;
