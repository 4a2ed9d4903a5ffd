/** The operator area's lockers' layouts: check, save (and send to the locker), read the current one. */
package io.lockernet.core.rest.layout;
