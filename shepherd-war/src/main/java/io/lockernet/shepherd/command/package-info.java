/** Commands from the Core to this instance's lockers, delivered only before their deadline. */
package io.lockernet.shepherd.command;
