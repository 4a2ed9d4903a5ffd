/** The Core's area for Shepherd instances ({@code /core/api/shepherd}): what a Shepherd must know to admit a locker. */
package io.lockernet.core.shepherdapi;
