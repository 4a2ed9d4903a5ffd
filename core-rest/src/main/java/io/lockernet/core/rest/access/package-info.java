/** What the calling operator may do, as the role matrix says: for consoles that show each operator their part. */
package io.lockernet.core.rest.access;
