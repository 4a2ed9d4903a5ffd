/** Alarms: things an operator must see, such as a door opened without an impulse or a caller reaching out of scope. */
package io.lockernet.core.alarm;
