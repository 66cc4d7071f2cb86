package app.rolegate.pages;

import app.rolegate.company.application.CompanyView;
import app.rolegate.grant.application.GrantAdministration;
import app.rolegate.grant.application.GrantCommand;
import app.rolegate.grant.application.GrantResult;
import app.rolegate.grant.application.RoleChoice;
import app.rolegate.platform.Retry;
import app.rolegate.user.application.AccountAdministration;
import app.rolegate.user.application.UserView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The grant dialog (SPEC 4.2): offers only the roles {@link GrantAdministration#grantable} says the
 * logged-in user may grant this member now, and lists the rest with the rule and the reason. The grant
 * itself is decided again by the service when it is made (the situation may have changed meanwhile).
 */
@Named
@ViewScoped
public class GrantPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final Map<String, String> FIELDS = Map.of("role", "grant:role", "scope", "grant:scope", "costCentre",
            "grant:costCentre", "validFrom", "grant:validFrom", "validTo", "grant:validTo", "requestedBy",
            "grant:requestedBy");

    @Inject
    Caller caller;

    @Inject
    CurrentCompany company;

    @Inject
    GrantAdministration grants;

    @Inject
    AccountAdministration accounts;

    private String uid;
    private transient UserView user;
    private transient CompanyView companyView;
    private transient List<RoleChoice> choices;
    private boolean found;

    private String role;
    private String scope;
    private String costCentre;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String requestedBy;

    public void load() {
        found = false;
        try {
            companyView = company.getView();
            long cid = company.id();
            user = Retry.call(() -> accounts.user(caller.actor(), uid));
            choices = Retry.call(() -> grants.grantable(caller.actor(), cid, uid));
            uid = user.userId();
            found = true;
        } catch (RuntimeException e) {
            Feedback.failure(e, null);
        }
    }

    public String grant() {
        try {
            GrantCommand cmd = GrantCommand.of(role, scope, costCentre, validFrom, validTo,
                    requestedBy == null || requestedBy.isBlank() ? null : requestedBy);
            GrantResult r = Retry.call(() -> grants.grant(caller.actor(), company.id(), uid, cmd));
            Feedback.info("grant.done", Feedback.text("role." + r.grant().role()), uid);
            r.warnings().forEach(Feedback::serviceWarning);
            return Nav.user(uid, "permissions");
        } catch (RuntimeException e) {
            Feedback.failure(e, FIELDS);
            return null;
        }
    }

    public List<RoleChoice> getGrantable() {
        return choices == null ? List.of() : choices.stream().filter(RoleChoice::grantable).toList();
    }

    public List<RoleChoice> getNotOffered() {
        return choices == null ? List.of() : choices.stream().filter(c -> !c.grantable()).toList();
    }

    public boolean isFound() {
        return found;
    }

    public UserView getUser() {
        return user;
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

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getCostCentre() {
        return costCentre;
    }

    public void setCostCentre(String costCentre) {
        this.costCentre = costCentre;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
    }
}
