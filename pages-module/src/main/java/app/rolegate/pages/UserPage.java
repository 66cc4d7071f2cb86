package app.rolegate.pages;

import app.rolegate.company.application.CompanyAdministration;
import app.rolegate.company.application.CompanyView;
import app.rolegate.employee.application.EmployeeAdministration;
import app.rolegate.employee.application.EmployeeLinkView;
import app.rolegate.employee.application.EmployeeLinks;
import app.rolegate.employee.application.EmployeeView;
import app.rolegate.grant.application.GrantAdministration;
import app.rolegate.grant.application.GrantView;
import app.rolegate.grant.application.RoleChoice;
import app.rolegate.idp.application.IdentityProviderLinks;
import app.rolegate.idp.application.LinkView;
import app.rolegate.idp.application.VerifyLink;
import app.rolegate.membership.AccessLevel;
import app.rolegate.membership.AccountingProfile;
import app.rolegate.membership.CrmProfile;
import app.rolegate.membership.MembershipTerms;
import app.rolegate.membership.PayrollProfile;
import app.rolegate.membership.application.ChangeMembership;
import app.rolegate.membership.application.MemberView;
import app.rolegate.membership.application.MembershipAdministration;
import app.rolegate.membership.application.MembershipResults;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.Page;
import app.rolegate.platform.Retry;
import app.rolegate.platform.RuleId;
import app.rolegate.platform.Validity;
import app.rolegate.user.ActivationPolicy;
import app.rolegate.user.application.AccountAdministration;
import app.rolegate.user.application.AccountPatch;
import app.rolegate.user.application.FieldChoice;
import app.rolegate.user.application.UserView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A user's page (SPEC 4.2): the General tab (Allmänt: the account's fields of SPEC 5.1, editable where
 * the policy allows, and the identity-provider link's state) and the Permissions tab (Behörigheter:
 * the membership in the current company with its profiles, overrides, validity and roles; copy rights;
 * main user; removal; the user's other memberships the administrator may see). Every change sends the
 * version read, so that a concurrent edit is refused and said so.
 */
@Named
@ViewScoped
public class UserPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int OTHERS_SIZE = 20;

    /** The service's field names and the inputs of this page that show their messages. */
    static final Map<String, String> GENERAL_FIELDS = general();
    static final Map<String, String> MEMBERSHIP_FIELDS = Map.of("validFrom", "membership:validFrom", "validTo",
            "membership:validTo", "accountingProfile", "membership:accountingProfile", "payrollProfile",
            "membership:payrollProfile", "crmProfile", "membership:crmProfile", "overrides", "membership:newKey",
            "confirmPrimary", "membership:confirmPrimary");
    static final Map<String, String> COPY_FIELDS = Map.of("fromUserId", "copy:fromUserId");
    static final Map<String, String> LINK_FIELDS = Map.of("employeeId", "employeeLink:employee");
    static final Map<String, String> ACTIVATION_FIELDS = Map.of("deactivateDaysAfterEnd", "activation:deactivate",
            "reactivateDaysBeforeStart", "activation:reactivate");
    static final Map<String, String> IDP_FIELDS = Map.of("email", "idp:address");

    @Inject
    Caller caller;

    @Inject
    CurrentCompany company;

    @Inject
    AccountAdministration accounts;

    @Inject
    MembershipAdministration memberships;

    @Inject
    GrantAdministration grants;

    @Inject
    CompanyAdministration companies;

    @Inject
    PageSession session;

    @Inject
    EmployeeAdministration employees;

    @Inject
    EmployeeLinks links;

    @Inject
    IdentityProviderLinks idpLinks;

    private String uid;
    private String tab = "general";
    private int othersPage;

    private transient UserView user;
    private transient Map<String, FieldChoice> choices;
    private transient MemberView member;
    private transient CompanyView companyView;
    private transient Page<MemberView> others;
    private boolean found;
    /** Why the logged-in user changes nothing on this membership, when the grant service says so for every role. */
    private String ownNote;

    // General tab
    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String uiLanguage;
    private String country;
    private String personalIdentityCode;
    private String aliasUserId;
    private String signature;
    private String cardId;
    private boolean showInstructionVideos;
    private boolean active;

    // Permissions tab
    private AccountingProfile accountingProfile;
    private PayrollProfile payrollProfile;
    private CrmProfile crmProfile;
    private LocalDate validFrom;
    private LocalDate validTo;
    private List<OverrideRow> overrides = new ArrayList<>();
    private String newKey;
    private AccessLevel newLevel;
    private boolean confirmPrimary;
    private String copyFrom;

    // General tab: the employee record, the employment-based activation, the identity-provider link (SPEC 5.3, 5.4)
    private transient Page<EmployeeView> employeeChoices;
    private Long linkEmployeeId;
    private Integer deactivate;
    private Integer reactivate;
    private String idpAddress;

    /** One custom override as the form edits it. */
    public static class OverrideRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String key;
        private AccessLevel level;
        private boolean remove;

        OverrideRow(String key, AccessLevel level) {
            this.key = key;
            this.level = level;
        }

        public String getKey() {
            return key;
        }

        public AccessLevel getLevel() {
            return level;
        }

        public void setLevel(AccessLevel level) {
            this.level = level;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }

    private static Map<String, String> general() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String f : AccountAdministration.CHANGEABLE) {
            m.put(f, "general:" + f);
        }
        m.put("country", "general:country");
        return Map.copyOf(m);
    }

    /** Reads everything anew from the services (on the first view, and after a refused concurrent edit). */
    public void load() {
        found = false;
        if (uid == null || uid.isBlank()) {
            Feedback.error("failure.notFound");
            return;
        }
        if (!"permissions".equals(tab)) {
            tab = "general";
        }
        try {
            user = Retry.call(() -> accounts.user(caller.actor(), uid));
            choices = Retry.call(() -> accounts.changeable(caller.actor(), uid));
        } catch (RuntimeException e) {
            Feedback.failure(e, null);
            return;
        }
        found = true;
        uid = user.userId();
        fillGeneral();
        companyView = company.getView();
        member = null;
        if (companyView != null) {
            try {
                member = Retry.call(() -> memberships.membership(caller.actor(), companyView.id(), uid));
                fillMembership();
                ownNote = isSelf() && company.isAdministers()
                        ? ownNote(companyView.id()) : null;
            } catch (NotFoundException e) {
                member = null; // visible, but not a member of the current company: the tab says so
            } catch (RuntimeException e) {
                Feedback.failure(e, null);
            }
        }
        loadEmployeeChoices();
        loadOthers();
    }

    /**
     * The current company's employee records to link the account to, read only for those who administer the
     * company (whom else the service would refuse, D2, and audit the refusal), only for its members, and only
     * for the General tab, which offers the link.
     */
    private void loadEmployeeChoices() {
        employeeChoices = null;
        if (member == null || !company.isAdministers() || !"general".equals(tab)) {
            return;
        }
        try {
            employeeChoices = EmployeeChoices.employees(employees, caller.actor(), companyView.id());
        } catch (RuntimeException e) {
            employeeChoices = null; // the section says nothing it could not read; a link attempt will say why
        }
    }

    /**
     * On one's own membership the grant service refuses every role, naming D1: the tab says so at its
     * top, in the service's words, instead of letting every form find out. Asked only of those who
     * administer the company (whom else the service would refuse, D2, and audit the refusal).
     */
    private String ownNote(long companyId) {
        List<RoleChoice> choices;
        try {
            choices = Retry.call(() -> grants.grantable(caller.actor(), companyId, uid));
        } catch (RuntimeException e) {
            return null; // the forms will say why, if the user tries
        }
        List<RoleChoice> refused = choices.stream().filter(c -> !c.held()).toList(); // a held role names no rule
        if (refused.isEmpty() || refused.stream().anyMatch(c -> c.grantable() || c.rule() != RuleId.D1)) {
            return null;
        }
        RoleChoice c = refused.get(0);
        return Feedback.text("member.own", c.rule().name(), Feedback.ruleTitle(c.rule()), c.reason());
    }

    private void loadOthers() {
        try {
            others = Retry.call(() -> memberships.membershipsOf(caller.actor(), uid, othersPage, OTHERS_SIZE));
        } catch (RuntimeException e) {
            others = null;
        }
    }

    private void fillGeneral() {
        firstName = user.firstName();
        lastName = user.lastName();
        email = user.email();
        phone = user.phone();
        uiLanguage = user.uiLanguage();
        country = user.country();
        personalIdentityCode = user.personalIdentityCode();
        aliasUserId = user.aliasUserId();
        signature = user.signature();
        cardId = user.cardId();
        showInstructionVideos = user.showInstructionVideos();
        active = user.active();
        deactivate = user.deactivateDaysAfterEnd();
        reactivate = user.reactivateDaysBeforeStart();
        linkEmployeeId = user.employeeId();
        idpAddress = null;
    }

    private void fillMembership() {
        accountingProfile = member.accountingProfile();
        payrollProfile = member.payrollProfile();
        crmProfile = member.crmProfile();
        validFrom = member.validFrom();
        validTo = member.validTo();
        overrides = new ArrayList<>();
        if (member.overrides() != null) {
            member.overrides().forEach((k, v) -> overrides.add(new OverrideRow(k, v)));
        }
        newKey = null;
        newLevel = null;
        confirmPrimary = false;
    }

    // ---------------------------------------------------------------- General tab

    /** Saves the fields that changed, as one account change with the version read (409 if stale). */
    public String saveGeneral() {
        Set<String> present = new LinkedHashSet<>();
        changed(present, "firstName", firstName, user.firstName());
        changed(present, "lastName", lastName, user.lastName());
        changed(present, "email", email, user.email());
        changed(present, "phone", phone, user.phone());
        changed(present, "uiLanguage", uiLanguage, user.uiLanguage());
        if (!Objects.equals(blankToNull(personalIdentityCode), user.personalIdentityCode())
                || !Objects.equals(blankToNull(country), user.country())) {
            present.add("country");
            present.add("personalIdentityCode");
        }
        changed(present, "aliasUserId", aliasUserId, user.aliasUserId());
        changed(present, "signature", signature, user.signature());
        changed(present, "cardId", cardId, user.cardId());
        if (showInstructionVideos != user.showInstructionVideos()) {
            present.add("showInstructionVideos");
        }
        if (active != user.active()) {
            present.add("active");
        }
        if (present.isEmpty()) {
            Feedback.info("general.nothingChanged");
            return null;
        }
        try {
            AccountPatch patch = AccountPatch.of(present, blankToNull(firstName), blankToNull(lastName),
                    blankToNull(email), blankToNull(phone), blankToNull(uiLanguage), blankToNull(country),
                    blankToNull(personalIdentityCode), blankToNull(aliasUserId), blankToNull(signature),
                    blankToNull(cardId), showInstructionVideos, active, null, null, null, null, user.version(), null);
            UserView saved = Retry.call(() -> accounts.change(caller.actor(), uid, patch));
            if (saved.id() == caller.actor().accountId()) {
                session.useLanguage(saved.uiLanguage());
            }
            Feedback.info("general.saved", saved.userId());
            return Nav.user(saved.userId(), "general");
        } catch (RuntimeException e) {
            if (Feedback.failure(e, GENERAL_FIELDS) == Feedback.Kind.CONFLICT) {
                reloadKeepingMessages();
            }
            return null;
        }
    }

    private static void changed(Set<String> present, String field, String now, String before) {
        if (!Objects.equals(blankToNull(now), before)) {
            present.add(field);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private void reloadKeepingMessages() {
        load();
    }

    /** Whether the logged-in user may change this field now (the service's answer), for the form. */
    public boolean editable(String field) {
        FieldChoice c = choices == null ? null : choices.get(field);
        return c != null && c.editable();
    }

    /** Why a field is not editable: its rule and the reason, in a sentence. */
    public String lockedReason(String field) {
        FieldChoice c = choices == null ? null : choices.get(field);
        if (c == null || c.editable()) {
            return null;
        }
        return Feedback.text("general.locked", c.rule().name(), Feedback.ruleTitle(c.rule()), c.reason());
    }

    public boolean isAnyEditable() {
        return choices != null && choices.values().stream().anyMatch(FieldChoice::editable);
    }

    /**
     * SPEC 5.3: links the account to an employee record of the current company; the account then gets the
     * record's e-mail, which D10 allows only where its creator acts (the service refuses it otherwise, saying
     * why), and never one's own account (D1).
     */
    public String linkEmployee() {
        if (linkEmployeeId == null) {
            Feedback.fieldError(LINK_FIELDS.get("employeeId"), Feedback.text("link.chooseOne"));
            return null;
        }
        try {
            long eid = linkEmployeeId;
            EmployeeLinkView v = Retry.call(() -> links.link(caller.actor(), uid, companyView.id(), eid));
            Feedback.info("link.done", v.userId(), employeeLabel(v.employeeId()), v.email() == null ? "—" : v.email());
            return Nav.user(uid, "general");
        } catch (RuntimeException e) {
            Feedback.failure(e, LINK_FIELDS, null);
            return null;
        }
    }

    /** SPEC 5.3: removes the account's link to its employee record of the current company; the e-mail stays. */
    public String unlinkEmployee() {
        try {
            Retry.run(() -> links.unlink(caller.actor(), uid, companyView.id(), null));
            Feedback.info("link.removed", uid);
            return Nav.user(uid, "general");
        } catch (RuntimeException e) {
            Feedback.failure(e, LINK_FIELDS, null);
            return null;
        }
    }

    /** SPEC 5.3: N and M of the employment-based activation, set by whoever may deactivate the account (D18). */
    public String saveActivation() {
        try {
            ActivationPolicy p = new ActivationPolicy(deactivate, reactivate);
            Retry.call(() -> links.setActivationPolicy(caller.actor(), uid, p));
            Feedback.info("activation.saved", uid);
            return Nav.user(uid, "general");
        } catch (RuntimeException e) {
            Feedback.failure(e, ACTIVATION_FIELDS);
            return null;
        }
    }

    /**
     * SPEC 5.4 "Verify account" for the current company: the saved e-mail, or another address where D10 allows
     * it (the service decides and says why not).
     */
    public String verifyIdp() {
        try {
            VerifyLink cmd = VerifyLink.of(companyView.id(), blankToNull(idpAddress));
            LinkView v = Retry.call(() -> idpLinks.verify(caller.actor(), uid, cmd));
            Feedback.info(v.mailed() ? "idp.mailed" : "idp.verifiedNow", v.userId(), v.email());
            return Nav.user(uid, "general");
        } catch (RuntimeException e) {
            Feedback.failure(e, IDP_FIELDS, null);
            return null;
        }
    }

    /** SPEC 5.4 "Reset password": a reset mail to the verified address, through the outbox. */
    public String resetIdpPassword() {
        try {
            LinkView v = Retry.call(() -> idpLinks.resetPassword(caller.actor(), uid, companyView.id()));
            Feedback.info("idp.resetMailed", v.userId(), v.email());
            return Nav.user(uid, "general");
        } catch (RuntimeException e) {
            Feedback.failure(e, IDP_FIELDS, null);
            return null;
        }
    }

    /** SPEC 5.4 "Remove link": the link is cleared, and a pending link's mailed token stops working. */
    public String removeIdp() {
        try {
            LinkView v = Retry.call(() -> idpLinks.remove(caller.actor(), uid, companyView.id()));
            Feedback.info("idp.removed", v.userId());
            return Nav.user(uid, "general");
        } catch (RuntimeException e) {
            Feedback.failure(e, IDP_FIELDS, null);
            return null;
        }
    }

    /** An employee record of the current company as "8 Erik Employee", or by its id when not among those read. */
    private String employeeLabel(long employeeId) {
        return getEmployeeChoiceList().stream().filter(e -> e.id() == employeeId).findFirst()
                .map(e -> e.number() + " " + EmployeesPage.name(e))
                .orElse(Feedback.text("employee.byId", employeeId));
    }

    // ---------------------------------------------------------------- Permissions tab

    /** Saves profiles, overrides and validity of the membership in the current company, with its version. */
    public String saveMembership() {
        if (member == null) {
            return null;
        }
        try {
            Map<String, AccessLevel> levels = new LinkedHashMap<>();
            for (OverrideRow r : overrides) {
                if (!r.remove) {
                    levels.put(r.key, r.level);
                }
            }
            if (blankToNull(newKey) != null) {
                levels.put(newKey.strip(), newLevel);
            }
            MembershipTerms terms = new MembershipTerms(Validity.of(validFrom, validTo), accountingProfile,
                    companyView.payrollEnabled() ? payrollProfile : null, companyView.crmEnabled() ? crmProfile : null,
                    levels, member.version());
            ChangeMembership cmd = new ChangeMembership(terms, confirmPrimary, null);
            MembershipResults.Changed r = Retry.call(() -> memberships.putMembership(caller.actor(), companyView.id(), uid,
                    cmd));
            Feedback.info("membership.saved", uid, companyView.name());
            r.warnings().forEach(Feedback::serviceWarning);
            return Nav.user(uid, "permissions");
        } catch (RuntimeException e) {
            if (Feedback.failure(e, MEMBERSHIP_FIELDS) == Feedback.Kind.CONFLICT) {
                reloadKeepingMessages();
            }
            return null;
        }
    }

    /** D9: revokes one role; refused, with its rule, where the logged-in user could not grant it. */
    public String revoke(String role) {
        try {
            Retry.run(() -> grants.revoke(caller.actor(), companyView.id(), uid, role));
            Feedback.info("role.revoked", Feedback.text("role." + role), uid);
            return Nav.user(uid, "permissions");
        } catch (RuntimeException e) {
            Feedback.failure(e, null);
            reloadKeepingMessages();
            return null;
        }
    }

    /** D5: copies another member's rights to this user, all or nothing. */
    public String copy() {
        try {
            String from = copyFrom == null ? null : copyFrom.strip();
            if (from == null || from.isEmpty()) {
                Feedback.fieldError(COPY_FIELDS.get("fromUserId"), Feedback.text("copy.fromRequired"));
                return null;
            }
            List<GrantView> made = Retry.call(() -> grants.copy(caller.actor(), companyView.id(), uid, from));
            Feedback.info("copy.done", from, uid, made.isEmpty() ? Feedback.text("copy.noRoles")
                    : String.join(", ", made.stream().map(g -> Feedback.text("role." + g.role())).toList()));
            return Nav.user(uid, "permissions");
        } catch (RuntimeException e) {
            Feedback.failure(e, COPY_FIELDS);
            return null;
        }
    }

    /** D8: makes this member the current company's main user. */
    public String makeMainUser() {
        try {
            Retry.call(() -> companies.setMainUser(caller.actor(), companyView.id(), uid));
            Feedback.info("mainUser.set", uid, companyView.name());
            return Nav.user(uid, "permissions");
        } catch (RuntimeException e) {
            Feedback.failure(e, null);
            return null;
        }
    }

    // ---------------------------------------------------------------- for the view

    public boolean isFound() {
        return found;
    }

    public String getOwnNote() {
        return ownNote;
    }

    public UserView getUser() {
        return user;
    }

    public MemberView getMember() {
        return member;
    }

    public CompanyView getCompanyView() {
        return companyView;
    }

    public boolean isMainUser() {
        return companyView != null && user != null && companyView.mainUserId() != null
                && companyView.mainUserId() == user.id();
    }

    /** Whether the General tab offers the employee link and the identity-provider actions (see loadEmployeeChoices). */
    public boolean isAdministersMember() {
        return member != null && company.isAdministers();
    }

    public List<EmployeeView> getEmployeeChoiceList() {
        return employeeChoices == null ? List.of() : employeeChoices.items();
    }

    /** Whether every record of the company is offered; otherwise the form asks for the record's id. */
    public boolean isEmployeeChoicesComplete() {
        return employeeChoices != null && EmployeeChoices.complete(employeeChoices);
    }

    public String choiceLabel(EmployeeView e) {
        return EmployeeChoices.label(e);
    }

    /** The employee record of the current company the account is linked to, when it is among those read. */
    public EmployeeView getLinkedEmployee() {
        Long linked = user == null ? null : user.employeeId();
        return linked == null ? null : getEmployeeChoiceList().stream().filter(e -> e.id() == linked).findFirst()
                .orElse(null);
    }

    /** The account's days of the employment-based activation as a person reads them: "5 days", or "never". */
    public String days(Integer n) {
        return n == null ? Feedback.text("activation.never") : Feedback.text("activation.days", n);
    }

    public boolean isSelf() {
        return user != null && user.id() == caller.actor().accountId();
    }

    public List<MemberView> getOthers() {
        return others == null ? List.of() : others.items();
    }

    public long getOthersTotal() {
        return others == null ? 0 : others.total();
    }

    public boolean isOthersHasNext() {
        return others != null && (long) (othersPage + 1) * OTHERS_SIZE < others.total();
    }

    public List<OverrideRow> getOverrides() {
        return overrides;
    }

    public String getUid() {
        return uid;
    }

    public void setUid(String uid) {
        this.uid = uid;
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public int getOthersPage() {
        return othersPage;
    }

    public void setOthersPage(int othersPage) {
        this.othersPage = Math.max(0, othersPage);
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String v) {
        firstName = v;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String v) {
        lastName = v;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String v) {
        email = v;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String v) {
        phone = v;
    }

    public String getUiLanguage() {
        return uiLanguage;
    }

    public void setUiLanguage(String v) {
        uiLanguage = v;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String v) {
        country = v;
    }

    public String getPersonalIdentityCode() {
        return personalIdentityCode;
    }

    public void setPersonalIdentityCode(String v) {
        personalIdentityCode = v;
    }

    public String getAliasUserId() {
        return aliasUserId;
    }

    public void setAliasUserId(String v) {
        aliasUserId = v;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String v) {
        signature = v;
    }

    public String getCardId() {
        return cardId;
    }

    public void setCardId(String v) {
        cardId = v;
    }

    public boolean isShowInstructionVideos() {
        return showInstructionVideos;
    }

    public void setShowInstructionVideos(boolean v) {
        showInstructionVideos = v;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean v) {
        active = v;
    }

    public AccountingProfile getAccountingProfile() {
        return accountingProfile;
    }

    public void setAccountingProfile(AccountingProfile v) {
        accountingProfile = v;
    }

    public PayrollProfile getPayrollProfile() {
        return payrollProfile;
    }

    public void setPayrollProfile(PayrollProfile v) {
        payrollProfile = v;
    }

    public CrmProfile getCrmProfile() {
        return crmProfile;
    }

    public void setCrmProfile(CrmProfile v) {
        crmProfile = v;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate v) {
        validFrom = v;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate v) {
        validTo = v;
    }

    public String getNewKey() {
        return newKey;
    }

    public void setNewKey(String v) {
        newKey = v;
    }

    public AccessLevel getNewLevel() {
        return newLevel;
    }

    public void setNewLevel(AccessLevel v) {
        newLevel = v;
    }

    public boolean isConfirmPrimary() {
        return confirmPrimary;
    }

    public void setConfirmPrimary(boolean v) {
        confirmPrimary = v;
    }

    public Long getLinkEmployeeId() {
        return linkEmployeeId;
    }

    public void setLinkEmployeeId(Long v) {
        linkEmployeeId = v;
    }

    public Integer getDeactivate() {
        return deactivate;
    }

    public void setDeactivate(Integer v) {
        deactivate = v;
    }

    public Integer getReactivate() {
        return reactivate;
    }

    public void setReactivate(Integer v) {
        reactivate = v;
    }

    public String getIdpAddress() {
        return idpAddress;
    }

    public void setIdpAddress(String v) {
        idpAddress = v;
    }

    public String getCopyFrom() {
        return copyFrom;
    }

    public void setCopyFrom(String v) {
        copyFrom = v;
    }
}
