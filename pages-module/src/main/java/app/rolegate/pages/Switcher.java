package app.rolegate.pages;

import app.rolegate.company.application.CompanyView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The company switcher in the header. The company id comes from the form as the browser sent it and
 * is checked by the service like any other request: a company the user is not a member of today is
 * "not found" (2.1), whatever the form said.
 */
@Named
@RequestScoped
public class Switcher {
    /** The select's name in the header form (a plain select, so that the service, not the form, decides). */
    public static final String PARAM = "companyId";

    @Inject
    CurrentCompany company;

    public String switchCompany() {
        String raw = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(PARAM);
        return switchTo(raw);
    }

    /** Switches to the company of the id given as text; any failure is shown, nothing else changes. */
    public String switchTo(String raw) {
        long id;
        try {
            id = Long.parseLong(raw == null ? "" : raw.strip());
        } catch (NumberFormatException e) {
            Feedback.error("failure.notFound");
            return null;
        }
        try {
            CompanyView v = company.switchTo(id);
            Feedback.info("company.switched", v.name());
            return Nav.register();
        } catch (RuntimeException e) {
            Feedback.failure(e, null);
            return null;
        }
    }
}
