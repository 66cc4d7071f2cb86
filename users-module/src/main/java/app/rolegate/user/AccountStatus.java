package app.rolegate.user;

import app.rolegate.platform.Validity;
import java.time.LocalDate;

/**
 * What decides whether a token's account may act, without the rest of the account: every
 * authenticated request reads it, so it is a few columns by the unique login-name key, with the
 * validity of the membership in the primary company (null: there is none).
 */
public record AccountStatus(long id, String userId, boolean active, boolean platformSupport,
        Validity primaryMembership) {

    /** SPEC 2.1: an inactive account, or one whose primary membership no longer counts, is refused every request. */
    public boolean mayActOn(LocalDate day) {
        return active && primaryMembership != null && primaryMembership.isValidOn(day);
    }
}
