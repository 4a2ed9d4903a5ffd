/** The Core's REST resources of the reservation area, for each caller (see {@link io.lockernet.core.rest}). */
package io.lockernet.core.rest.reservation;
