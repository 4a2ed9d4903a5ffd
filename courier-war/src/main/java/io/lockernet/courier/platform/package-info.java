/** Plumbing of the courier app: the Core's courier area, called as the signed-in courier. */
package io.lockernet.courier.platform;
