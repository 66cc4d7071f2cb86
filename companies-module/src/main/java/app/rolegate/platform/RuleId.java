package app.rolegate.platform;

/** The delegation rules of SPEC section 2. Ids are stable: they appear in errors, audit events and tests. */
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
    D16("Revocation does not cascade");

    private final String title;

    RuleId(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
