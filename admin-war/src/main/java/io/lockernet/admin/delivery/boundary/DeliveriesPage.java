package io.lockernet.admin.delivery.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The last-mile page's settings: the map's tiles ({@code lockernet.map.tiles}, a URL template such as
 * {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}, and {@code lockernet.map.attribution}); none by default,
 * and then the map is a plain coordinate canvas, which needs no tile server.
 */
@Named
@RequestScoped
public class DeliveriesPage {

    @Inject
    @ConfigProperty(name = "lockernet.map.tiles", defaultValue = " ")
    String tiles;

    @Inject
    @ConfigProperty(name = "lockernet.map.attribution", defaultValue = " ")
    String attribution;

    public String getTiles() {
        return tiles.strip();
    }

    public String getAttribution() {
        return attribution.strip();
    }
}
