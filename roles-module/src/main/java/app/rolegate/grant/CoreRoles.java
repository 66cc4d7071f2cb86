package app.rolegate.grant;

/**
 * The role codes the roles module defines itself. Other modules contribute further roles through
 * {@link app.rolegate.delegation.RoleDefinition}; role codes are plain strings so that the set stays open.
 */
public final class CoreRoles {
    public static final String USER_ADMIN = "USER_ADMIN";
    public static final String FIRM_MAIN_USER = "FIRM_MAIN_USER";
    public static final String BOOKKEEPER = "BOOKKEEPER";
    public static final String AUDITOR = "AUDITOR";

    private CoreRoles() {
    }
}
