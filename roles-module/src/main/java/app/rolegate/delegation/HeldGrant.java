package app.rolegate.delegation;

import app.rolegate.grant.GrantScope;
import app.rolegate.platform.Validity;
import java.time.LocalDate;

/** A grant the target (or a copy's source) holds, as the policy needs it. */
public record HeldGrant(String role, GrantScope scope, String costCentre, Validity validity) {

    /** D17: a grant whose validity has wholly passed blocks nothing (neither granting again nor D15). */
    public boolean liveOn(LocalDate day) {
        return !validity.endedBefore(day);
    }

    public boolean validOn(LocalDate day) {
        return validity.isValidOn(day);
    }
}
