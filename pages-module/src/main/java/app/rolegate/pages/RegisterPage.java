package app.rolegate.pages;

import app.rolegate.membership.application.MemberView;
import app.rolegate.membership.application.MembershipAdministration;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Retry;
import app.rolegate.register.MemberFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The user register of the current company (SPEC 5.5, Användare): its members filtered by role,
 * active or not, identity-provider status and free text, a page at a time. The filter is a GET form,
 * so that a filtered list has an address; the service checks it (MemberFilter) and decides who may
 * read the register (D2).
 */
@Named
@RequestScoped
public class RegisterPage extends PagedList<MemberView> {
    static final int SIZE = 25;

    @Inject
    Caller caller;

    @Inject
    CurrentCompany company;

    @Inject
    MembershipAdministration memberships;

    private String role;
    private String active;
    private String idp;
    private String q;
        private final Map<String, String> fieldErrors = new HashMap<>();

    public RegisterPage() {
        super(SIZE);
    }

    public void load() {
        if (company.getView() == null) {
            Feedback.warn("company.none");
            return;
        }
        try {
            MemberFilter filter = filter(role, active, idp, q);
            int p = pageAsked();
            show(Retry.call(() -> memberships.members(caller.actor(), company.id(), filter, p, SIZE)));
        } catch (InvalidInputException e) {
            fieldErrors.put(e.field() == null ? "" : e.field(), e.getMessage());
            Feedback.error("failure.invalidField", e.getMessage());
        } catch (RuntimeException e) {
            Feedback.failure(e, null);
        }
    }

    /** The register's filter from its query's values, checked as the API checks it (400 naming the field). */
    static MemberFilter filter(String role, String active, String idp, String q) {
        Boolean activeFilter = active == null || active.isBlank() ? null : switch (active) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException("active", "active must be true or false");
        };
        return new MemberFilter(role, activeFilter, idp, q);
    }

    /** The address of another page of the same filtered list. */
    public String pageUrl(int p) {
        String query = Nav.query("role", role, "active", active, "idp", idp, "q", q);
        return "register.xhtml?page=" + p + (query.isEmpty() ? "" : "&" + query);
    }

    /** The message about a filter field ("role", "active", "idpStatus", "q"), if the service refused it. */
    public String errorFor(String field) {
        return fieldErrors.get(field);
    }

    public boolean isFiltered() {
        return notBlank(role) || notBlank(active) || notBlank(idp) || notBlank(q);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getActive() {
        return active;
    }

    public void setActive(String active) {
        this.active = active;
    }

    public String getIdp() {
        return idp;
    }

    public void setIdp(String idp) {
        this.idp = idp == null ? null : idp.toUpperCase(Locale.ROOT);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
