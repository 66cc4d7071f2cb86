package app.rolegate.pages;

import app.rolegate.platform.Actor;
import app.rolegate.platform.Today;
import app.rolegate.user.AccountStatus;
import app.rolegate.user.UserRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Who is logged in, as an {@link Actor} built from current data on every request (as the API's
 * CurrentCaller does for a token): an account that was deactivated, or whose primary-company
 * membership no longer counts, acts no more (SPEC 2.1); {@link PageFilter} logs it out first.
 */
@Named
@RequestScoped
public class Caller {
    @Inject
    HttpServletRequest request;

    @Inject
    UserRepository users;

    @Inject
    Today today;

    private Actor actor;

    public Actor actor() {
        if (actor == null) {
            AccountStatus s = status(users, today, request).orElseThrow(() -> new IllegalStateException(
                    "no usable login on this request"));
            actor = Actor.user(s.id(), s.userId(), s.platformSupport());
        }
        return actor;
    }

    /** The logged-in user's account if it may still act today; empty without a login or when it may not. */
    static Optional<AccountStatus> status(UserRepository users, Today today, HttpServletRequest request) {
        String name = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        return name == null ? Optional.empty()
                : users.statusOf(name).filter(s -> s.mayActOn(today.date()));
    }

    /** The stored user id of the logged-in user. */
    public String getName() {
        return actor().name();
    }

    public boolean isPlatformSupport() {
        return actor().platformSupport();
    }
}
