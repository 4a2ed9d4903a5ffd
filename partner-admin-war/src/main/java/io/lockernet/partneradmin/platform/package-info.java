/** What every area of Partner Admin shares: the retailer it serves and who is signed in. */
package io.lockernet.partneradmin.platform;
