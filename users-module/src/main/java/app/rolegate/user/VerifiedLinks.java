package app.rolegate.user;

import java.util.Optional;

/**
 * SPEC 6: the account whose identity-provider link (5.4) is VERIFIED for an address, as the status
 * that decides whether a token's account may act. Read on every request of an external issuer's
 * token, so it is one indexed row by the unique key of the verified address.
 */
public interface VerifiedLinks {
    /** The account verified for this address (case ignored); empty when none is (pending links map to nobody). */
    Optional<AccountStatus> statusOfVerified(String email);
}
