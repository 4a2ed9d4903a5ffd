package io.lockernet.partneradmin.callback.boundary;

import io.lockernet.partneradmin.callback.control.CoreCallbacks;
import io.lockernet.partneradmin.callback.control.CoreCallbacks.Endpoint;
import io.lockernet.partneradmin.callback.control.CoreRefusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The banner on every page of Partner Admin: the retailer's endpoints that are paused, whose events wait. */
@Named
@RequestScoped
public class PausedEndpoints {

    @Inject
    CoreCallbacks core;

    private List<Endpoint> paused;

    public List<Endpoint> paused() {
        if (paused == null) {
            try {
                paused = core.endpoints().stream().filter(e -> "PAUSED".equals(e.state())).toList();
            } catch (CoreRefusal e) {
                paused = List.of(); // the page itself says that the Core cannot be asked
            }
        }
        return paused;
    }
}
