/**
 * The Shepherd instances with their lockers and load, and moving a locker to another primary and fallback Shepherd
 * through the Core's {@code PUT /operator/lockers/{id}/assignment}.
 */
package io.lockernet.admin.shepherd;
