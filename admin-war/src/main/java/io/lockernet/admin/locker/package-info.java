/**
 * One locker as an operator looks at it: who it is and where, its link now and over the last hours (charts of
 * round trips and outages), its compartments, what happened at it lately and what is open about it.
 */
package io.lockernet.admin.locker;
