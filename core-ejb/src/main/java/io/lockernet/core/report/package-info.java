/** The reports tier: per-locker aggregates, recomputed from the facts at least every minute, off the realtime path. */
package io.lockernet.core.report;
