/** The fleet as operators see it: every locker, its Shepherd, whether it is online. */
package io.lockernet.admin.fleet;
