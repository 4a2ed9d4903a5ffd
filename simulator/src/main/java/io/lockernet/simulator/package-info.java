/**
 * The command-line simulator: connects many simulated lockers to their Shepherds, logs what happens and prints
 * a summary with the command round-trip times. Demo and load tool, not part of any deployment.
 */
package io.lockernet.simulator;
