package app.rolegate.idp.application;

import app.rolegate.user.UserFields;

/**
 * "Verify account" (SPEC 5.4), checked as it is made: the company acted for (null: the user's primary
 * company), and the address to link (null: the user's saved e-mail).
 */
public record VerifyLink(Long companyId, String email) {
    public static VerifyLink of(Long companyId, String email) {
        return new VerifyLink(companyId, UserFields.email("email", email));
    }
}
