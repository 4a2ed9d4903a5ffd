/** The documents of the Core's REST areas, shared by the Core and its callers (partner deployments, Shepherds). */
package io.lockernet.api.core;
