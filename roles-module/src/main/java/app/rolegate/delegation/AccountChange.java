package app.rolegate.delegation;

import java.util.Set;

/**
 * The facts of a change to an account (D1, D2, D10, D14, D18): who acts, the target, whether the
 * actor can see the target (D2), the roles that count for the actor in the target's primary
 * company, the fields the change names, and for a primary-company change (D14) the requester, whether
 * the new primary company exists and whether the target is a member of it.
 */
public record AccountChange(ActorFacts inTargetPrimary, TargetFacts target, boolean visible, Set<String> fields,
        RequesterFacts requestedBy, boolean newPrimaryExists, boolean memberOfNewPrimary) {

    public AccountChange {
        fields = Set.copyOf(fields);
    }
}
