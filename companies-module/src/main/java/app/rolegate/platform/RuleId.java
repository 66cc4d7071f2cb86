package app.rolegate.platform;

/**
 * The rules of SPEC section 2 (D1-D18) and the three access rules of sections 1 and 3 that are not
 * delegation rules. Ids are stable: they appear in errors, audit events, the decision tables and
 * test names.
 */
public enum RuleId {
    D1("Nobody changes rights, profiles or validity on their own membership"),
    D2("Only USER_ADMIN or FIRM_MAIN_USER of the company administers its users"),
    D3("What a USER_ADMIN may grant"),
    D4("What a FIRM_MAIN_USER may grant"),
    D5("FIRM_MAIN_USER comes only by copying rights or from platform support"),
    D6("PAYROLL_CALCULATOR and the payroll roles"),
    D7("AUDITOR is granted by a USER_ADMIN to members of the auditors' organisation"),
    D8("The main user is set by a USER_ADMIN and must be a member"),
    D9("Revoking roles and removing memberships"),
    D10("Personal data is edited by the user or by the account's creator"),
    D11("Authorising an existing user to another company"),
    D12("Validity for all companies"),
    D13("Opening a client company"),
    D14("Primary company is changed only by platform support"),
    D15("Separation of duty"),
    D16("Revocation does not cascade"),
    D17("Grant scopes and grant validity"),
    D18("Who deactivates an account"),
    /** SPEC 1: what only the platform operator's support account does. */
    SUPPORT("Only platform support does this"),
    /** SPEC 3: who may ask the permission check, and that a service client asks nothing else. */
    CHECK("Who may ask the permission check"),
    /** SPEC 3: audit.read. */
    AUDIT("Who reads the audit log");

    private final String title;

    RuleId(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Whether this is one of the delegation rules D1-D18 (the others are access rules of SPEC 1 and 3). */
    public boolean isDelegationRule() {
        return name().startsWith("D");
    }
}
