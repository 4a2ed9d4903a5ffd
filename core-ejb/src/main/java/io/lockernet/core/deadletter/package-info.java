/** Dead-letter queues watched: a message that could not be processed is never left unseen. */
package io.lockernet.core.deadletter;
