package io.lockernet.courier.dispatch.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The map's tiles ({@code lockernet.map.tiles}, a URL template, and {@code lockernet.map.attribution}); none by
 * default, and then the map is a plain coordinate canvas, which needs no tile server.
 */
@Named
@ApplicationScoped
public class MapSettings {

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
