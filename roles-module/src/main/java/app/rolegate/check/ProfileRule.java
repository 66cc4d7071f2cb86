package app.rolegate.check;

import app.rolegate.membership.AccessLevel;
import java.util.Optional;

/**
 * How a profile and a custom override combine for one function key: an override for the key wins
 * over the profile (SPEC 3). READ satisfies reading permissions, EDIT every one.
 */
public final class ProfileRule {
    private ProfileRule() {
    }

    /** Empty when the profile (or its override) allows; otherwise why not. */
    public static Optional<String> allows(CheckContext ctx, String permission, boolean profileAllows,
            String profileText) {
        Optional<AccessLevel> override = ctx.override(permission);
        if (override.isPresent()) {
            boolean reading = permission.endsWith(".read") || permission.endsWith(".search");
            boolean ok = override.get() == AccessLevel.EDIT || (override.get() == AccessLevel.READ && reading);
            return ok ? Optional.empty()
                    : Optional.of("custom override " + permission + "=" + override.get() + " wins over the profile");
        }
        return profileAllows ? Optional.empty() : Optional.of(profileText + " does not allow " + permission);
    }

    /** The reason text when the profile (or override) allowed. */
    public static String allowedBy(CheckContext ctx, String permission, String profileText) {
        return ctx.override(permission).map(o -> "custom override " + permission + "=" + o)
                .orElse(profileText + " allows " + permission);
    }
}
