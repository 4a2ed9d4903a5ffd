/** The last mile over REST: retailers consign parcels to carriers (partner area), couriers drive (courier area). */
package io.lockernet.core.rest.delivery;
