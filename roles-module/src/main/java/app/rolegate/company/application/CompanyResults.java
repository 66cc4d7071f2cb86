package app.rolegate.company.application;

import app.rolegate.user.application.UserSummary;

/** What the company operations answer. */
public final class CompanyResults {
    private CompanyResults() {
    }

    /** A company created, with its first user (null for a client opened without one), and whether that was an existing person (D11). */
    public record Created(CompanyView company, UserSummary firstUser, boolean existingPersonAuthorised,
            int firmMainUsersAdded) {
    }
}
