package app.rolegate.idp;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Where verifications are kept, and who holds a verified address. */
public interface IdpVerifications {
    IdpVerification add(IdpVerification v);

    Optional<IdpVerification> findByTokenHash(String tokenHash);

    /** Deletes the unused verifications of these accounts: their tokens stop working. */
    int removeUnused(Collection<Long> userAccountIds);

    /** Of these lower-cased addresses, those some account has VERIFIED, with that account's id. */
    Map<String, Long> verifiedHolders(Collection<String> emailKeys);
}
