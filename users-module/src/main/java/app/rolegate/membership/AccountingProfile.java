package app.rolegate.membership;

/** The accounting profile of a membership (SPEC 1). */
public enum AccountingProfile {
    ALL_RIGHTS, SALES_LEDGER, PURCHASE_LEDGER, LEDGER, COMPANY_USER, SEARCH, NONE
}
