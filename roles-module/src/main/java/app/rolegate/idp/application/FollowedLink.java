package app.rolegate.idp.application;

/** A verification link followed: the address is now verified. Names nothing else (the follower holds no token of ours). */
public record FollowedLink(String idpStatus, String email) {
}
