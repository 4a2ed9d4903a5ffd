/** Problem details (RFC 9457, {@code application/problem+json}): the one shape of every REST error in Lockernet. */
package io.lockernet.api.problem;
