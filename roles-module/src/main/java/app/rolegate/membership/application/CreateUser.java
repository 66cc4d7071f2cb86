package app.rolegate.membership.application;

import app.rolegate.membership.MembershipTerms;
import app.rolegate.user.NewUser;

/** Create a user in a company with a first membership there, or authorise the person the identity code names (D11). */
public record CreateUser(NewUser user, MembershipTerms terms) {
    public CreateUser {
        terms = terms == null ? MembershipTerms.defaults() : terms;
    }
}
