package app.rolegate.pages;

import app.rolegate.idp.application.BulkVerification;
import app.rolegate.idp.application.IdentityProviderLinks;
import app.rolegate.membership.application.MembershipAdministration;
import app.rolegate.platform.Retry;
import app.rolegate.register.MemberFilter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * "Verify accounts" (SPEC 5.4) for the register's current filter, after a page that says what it does and
 * to how many users the filter leads: each of them with a saved e-mail who is not verified yet is verified
 * (at once in one of the company's verified domains, else by a mailed link); the service skips the rest
 * (one's own account, D1, among them) and answers how many it verified, mailed and skipped. A protected
 * view: it opens only from the register's link.
 */
@Named
@ViewScoped
public class VerifyAccountsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Caller caller;

    @Inject
    CurrentCompany company;

    @Inject
    MembershipAdministration memberships;

    @Inject
    IdentityProviderLinks links;

    private String role;
    private String active;
    private String idp;
    private String q;
    private long matching = -1;

    public void load() {
        matching = -1;
        try {
            MemberFilter filter = RegisterPage.filter(role, active, idp, q);
            long cid = company.id();
            matching = Retry.call(() -> memberships.members(caller.actor(), cid, filter, 0, 1)).total();
        } catch (RuntimeException e) {
            Feedback.failure(e, null);
        }
    }

    public String verify() {
        try {
            MemberFilter filter = RegisterPage.filter(role, active, idp, q);
            long cid = company.id();
            BulkVerification r = Retry.call(() -> links.verifyMembers(caller.actor(), cid, filter));
            Feedback.info("verifyAccounts.done", r.verified(), r.mailed(), r.skipped());
            return Nav.register(role, active, idp, q);
        } catch (RuntimeException e) {
            Feedback.failure(e, null);
            return null;
        }
    }

    public boolean isLoaded() {
        return matching >= 0;
    }

    public long getMatching() {
        return matching;
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
