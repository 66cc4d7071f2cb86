package app.rolegate.check;

import java.time.LocalDate;
import java.util.Optional;

/** Reads the facts of a check. */
public interface CheckFactsRepository {
    /**
     * Empty when the company does not exist; otherwise the subject, with a null user id when there is
     * no such user. With an asker's account id, also the roles the asker holds effectively in the
     * company on that day (for who may ask, SPEC 3), read in the same round trip.
     */
    Optional<CheckFacts.Subject> subject(long companyId, String userId, Long askerAccountId, LocalDate day);
}
