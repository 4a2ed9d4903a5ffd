/** The Core's REST resources of the callback area, for each caller (see {@link io.lockernet.core.rest}). */
package io.lockernet.core.rest.callback;
