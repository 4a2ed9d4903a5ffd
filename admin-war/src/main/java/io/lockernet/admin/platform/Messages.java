package io.lockernet.admin.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** What the panel tells the operator after an action: the Core's own words when it refused. */
public final class Messages {

    private Messages() {
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
