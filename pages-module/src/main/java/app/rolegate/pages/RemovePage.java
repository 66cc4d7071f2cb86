package app.rolegate.pages;

import app.rolegate.company.application.CompanyView;
import app.rolegate.membership.application.MemberView;
import app.rolegate.membership.application.MembershipAdministration;
import app.rolegate.membership.application.MembershipResults;
import app.rolegate.platform.Retry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * Removing a user's membership in the current company (D9), after a page that says what it means: the
 * user loses access to the company and every role there; in the user's primary company, also every
 * login and the billing, which must be confirmed explicitly.
 */
@Named
@ViewScoped
public class RemovePage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final Map<String, String> FIELDS = Map.of("confirmPrimary", "remove:confirmPrimary");

    @Inject
    Caller caller;

    @Inject
    CurrentCompany company;

    @Inject
    MembershipAdministration memberships;

    private String uid;
    private transient MemberView member;
    private transient CompanyView companyView;
    private boolean confirmPrimary;

    public void load() {
        try {
            companyView = company.getView();
            long cid = company.id();
            member = Retry.call(() -> memberships.membership(caller.actor(), cid, uid));
            uid = member.user().userId();
        } catch (RuntimeException e) {
            member = null;
            Feedback.failure(e, null);
        }
    }

    public String remove() {
        try {
            MembershipResults.Removed r = Retry.call(() -> memberships.removeMembership(caller.actor(), company.id(), uid,
                    confirmPrimary));
            Feedback.info(r.primaryCompany() ? "remove.donePrimary" : "remove.done", uid, company.getView().name(),
                    r.rolesRemoved());
            return Nav.register();
        } catch (RuntimeException e) {
            Feedback.failure(e, FIELDS);
            return null;
        }
    }

    public MemberView getMember() {
        return member;
    }

    public CompanyView getCompanyView() {
        return companyView;
    }

    public String getUid() {
        return uid;
    }

    public void setUid(String uid) {
        this.uid = uid;
    }

    public boolean isConfirmPrimary() {
        return confirmPrimary;
    }

    public void setConfirmPrimary(boolean confirmPrimary) {
        this.confirmPrimary = confirmPrimary;
    }
}
