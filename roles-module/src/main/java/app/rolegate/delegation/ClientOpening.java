package app.rolegate.delegation;

import app.rolegate.platform.Validity;
import java.util.List;

/**
 * The facts of opening a client company (D13): the opener in their primary company (the firm), the
 * opener in the company named {@code openedUnder}, what the request says of the new company, whom its
 * first user resolves to (null: none given), and each firm main user who would be propagated, with
 * how long their FIRM_MAIN_USER in the firm lasts.
 */
public record ClientOpening(ActorFacts inFirm, ActorFacts under, Long accountingFirmId, boolean accountingFirm,
        boolean payrollEnabled, FirstUserFacts firstUser, List<Propagated> firmMainUsers) {

    public ClientOpening {
        firmMainUsers = List.copyOf(firmMainUsers);
    }

    /** A firm main user whose FIRM_MAIN_USER counts today, and until when it does. */
    public record Propagated(TargetFacts user, Validity firmMainUserUntil) {
    }
}
