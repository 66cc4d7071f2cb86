package app.rolegate.pages;

/**
 * Where the pages lead after an action: a redirect (POST, then GET), so that a reload repeats no
 * change. The outcomes name views; Faces encodes their query parameters (a user id holds only letters,
 * digits and . _ @ -, UserFields).
 */
public final class Nav {
    private Nav() {
    }

    public static String register() {
        Feedback.keepForRedirect();
        return "/register.xhtml?faces-redirect=true";
    }

    public static String user(String userId, String tab) {
        Feedback.keepForRedirect();
        return "/user.xhtml?faces-redirect=true&uid=" + userId + "&tab=" + tab;
    }

    public static String costCentres() {
        Feedback.keepForRedirect();
        return "/cost-centres.xhtml?faces-redirect=true";
    }

    public static String employee(long employeeId) {
        Feedback.keepForRedirect();
        return "/employee.xhtml?faces-redirect=true&eid=" + employeeId;
    }

    public static String settings() {
        Feedback.keepForRedirect();
        return "/settings.xhtml?faces-redirect=true";
    }

    public static String templates() {
        Feedback.keepForRedirect();
        return "/templates.xhtml?faces-redirect=true";
    }

    /**
     * The register with a filter (the values as the register's query names them; null or blank: none). The
     * redirect is sent here, with the values URL-encoded (a navigation outcome's query would not encode a
     * free text holding {@code &} or {@code =}); the action then returns null.
     */
    public static String register(String role, String active, String idp, String q) {
        Feedback.keepForRedirect();
        String query = query("role", role, "active", active, "idp", idp, "q", q);
        jakarta.faces.context.ExternalContext ec = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext();
        try {
            ec.redirect(ec.getRequestContextPath() + "/register.xhtml" + (query.isEmpty() ? "" : "?" + query));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        jakarta.faces.context.FacesContext.getCurrentInstance().responseComplete();
        return null;
    }

    /**
     * A query string of the given names and values ({@code name, value, name, value...}), URL-encoded, leaving
     * out the null and blank values; empty when none is left. Lists keep their filters in the address with it.
     */
    static String query(String... namesAndValues) {
        StringBuilder u = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                u.append(u.length() == 0 ? "" : "&").append(namesAndValues[i]).append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return u.toString();
    }

    public static String opening() {
        Feedback.keepForRedirect();
        return "/opening.xhtml?faces-redirect=true";
    }
}
