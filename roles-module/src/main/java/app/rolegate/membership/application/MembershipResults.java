package app.rolegate.membership.application;

import java.util.List;

/** What the membership operations answer. */
public final class MembershipResults {
    private MembershipResults() {
    }

    /** A user created in the company, or an existing person authorised to it (D11). */
    public record Created(MemberView member, boolean existingPersonAuthorised) {
    }

    /** A membership changed, or created for an existing user (D11), with D6's warnings. */
    public record Changed(MemberView member, boolean created, List<String> warnings) {
        public Changed {
            warnings = List.copyOf(warnings);
        }
    }

    /** A membership removed: whether it was the primary company's (D9), and how many roles went with it. */
    public record Removed(boolean primaryCompany, int rolesRemoved) {
    }

    /** A company as bulk answers name it. */
    public record CompanyRef(long id, String name) {
    }

    /** D9's remove-from-all and D12's validity-for-all: how many and which companies. */
    public record AllCompanies(int count, List<CompanyRef> companies) {
        public AllCompanies {
            companies = List.copyOf(companies);
        }
    }
}
