package app.rolegate.grant;

/** How a grant came to be. */
public enum GrantOrigin {
    /** Granted by a person through the API or the admin pages. */
    DIRECT,
    /** Copied from another user's rights (D5). */
    COPY,
    /** Given by the system: a company's first user, or a firm main user in a new client (D13). */
    AUTOMATIC,
    /** Given by platform support in an exceptional case (D5). */
    PLATFORM_SUPPORT
}
