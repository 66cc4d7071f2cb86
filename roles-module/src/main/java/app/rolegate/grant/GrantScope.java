package app.rolegate.grant;

/** What part of the company a grant covers. */
public enum GrantScope {
    /** The whole company. */
    COMPANY,
    /** The employees whose home cost centre is the grant's cost centre. */
    COST_CENTRE,
    /** The employees below the holder in the company hierarchy. */
    HIERARCHY
}
