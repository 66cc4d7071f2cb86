package app.rolegate.check;

import java.util.List;

/** The answer to one check: allowed or not, and the reasons (what allows it, or what is missing). */
public record Verdict(boolean allowed, List<String> reasons) {
    public static Verdict allow(String... reasons) {
        return new Verdict(true, List.of(reasons));
    }

    public static Verdict deny(String... reasons) {
        return new Verdict(false, List.of(reasons));
    }
}
