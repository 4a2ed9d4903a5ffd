/** Plumbing of the Core's REST areas: the application, the caller's identity from its token, problem details. */
package io.lockernet.core.rest;
