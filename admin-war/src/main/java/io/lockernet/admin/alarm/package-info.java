/** The Admin Panel's alarms: the open ones of the operator's regions, and resolving one with what was done. */
package io.lockernet.admin.alarm;
