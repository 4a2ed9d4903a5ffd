/**
 * Courier routes into parcel lockers: which of its allowed lockers each parcel goes to, and in which order each
 * courier drives to them. {@code boundary} holds what the Core calls ({@code RoutePlanner}, and the
 * {@code NearestNeighbour} baseline it is measured against), {@code entity} the problem and the plan as values, and
 * {@code control} the Timefold model and the arithmetic of compartments and clocks that both planners share.
 */
package io.lockernet.routing;
