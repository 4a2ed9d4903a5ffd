/** How the platform under the Core is doing, for the operators' state page. */
package io.lockernet.core.rest.platform;
