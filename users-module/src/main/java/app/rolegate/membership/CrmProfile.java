package app.rolegate.membership;

/** The CRM profile; only where CRM is enabled in the company. Ordered from least to most. */
public enum CrmProfile {
    NONE, BROWSE, PROCESSING, MANAGER, ADMINISTRATION
}
