package app.rolegate.company.application;

import java.util.Set;

/**
 * A company as someone works in it on the admin pages: the company, the roles that count for them there
 * today (SPEC 2's head), and whether the policy lets them administer its users (D2). The pages offer only
 * what the services would allow with it; every call still decides for itself.
 */
public record CompanyWorkspace(CompanyView company, Set<String> roles, boolean administers) {
    public CompanyWorkspace {
        roles = Set.copyOf(roles);
    }

    public boolean holds(String role) {
        return roles.contains(role);
    }
}
