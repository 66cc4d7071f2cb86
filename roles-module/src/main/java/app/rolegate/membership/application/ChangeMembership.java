package app.rolegate.membership.application;

import app.rolegate.membership.MembershipTerms;

/**
 * Change a membership's terms (or authorise an existing user, D11). {@code confirmPrimary} confirms
 * ending the primary membership's validity (D9); {@code ifMatch} is the version an {@code If-Match}
 * header named (412 when stale), as {@code terms.expectedVersion()} is the body's (409 when stale).
 */
public record ChangeMembership(MembershipTerms terms, boolean confirmPrimary, Long ifMatch) {
}
