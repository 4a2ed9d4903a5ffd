/** Plumbing shared by the Core's business areas: schema migration, the clock, configuration. */
package io.lockernet.core.platform;
