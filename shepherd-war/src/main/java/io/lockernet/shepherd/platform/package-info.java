/** Plumbing: this instance's identity and configuration, the Core's REST area and realtime queue. */
package io.lockernet.shepherd.platform;
