/**
 * The off-peak tier: a scheduled reconciliation compares what the Core believes with what the devices last said and
 * looks for holds and impulses that should have ended. Each finding is a review item an operator resolves.
 */
package io.lockernet.core.review;
