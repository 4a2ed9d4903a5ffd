/**
 * The command-line simulator: connects many simulated lockers to their Shepherds, some of them hostile if asked, logs
 * what happens and prints a summary with the command round-trip times; a run too large for one process is split over
 * child processes and summed up. Demo and load tool, not part of any deployment.
 */
package io.lockernet.simulator;
