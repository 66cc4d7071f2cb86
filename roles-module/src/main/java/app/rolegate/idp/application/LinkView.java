package app.rolegate.idp.application;

import app.rolegate.user.UserAccount;

/** A user's identity-provider link after a call: its state, its address, and whether a mail was queued. */
public record LinkView(String userId, String idpStatus, String email, boolean mailed) {
    static LinkView of(UserAccount u, boolean mailed) {
        return new LinkView(u.userId(), u.idpStatus(), u.idpEmail(), mailed);
    }
}
