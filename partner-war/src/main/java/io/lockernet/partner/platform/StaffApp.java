package io.lockernet.partner.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** What every page of the staff app shows in its header: the retailer and who is signed in. */
@Named
@RequestScoped
public class StaffApp {

    @Inject
    PartnerConfig config;

    @Inject
    StaffMember staff;

    @Inject
    HttpServletRequest request;

    public String retailer() {
        return config.retailer();
    }

    public String username() {
        return staff.claims() == null ? "" : staff.claims().username();
    }

    public boolean manager() {
        return request.isUserInRole("store-manager");
    }
}
