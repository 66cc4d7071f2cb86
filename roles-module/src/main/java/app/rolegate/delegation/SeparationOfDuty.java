package app.rolegate.delegation;

import app.rolegate.platform.RuleId;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * D15: pairs of roles one person may not hold together in one company (the auditor's
 * independence). The pairs are configuration: {@code rolegate.separation-of-duty}, e.g.
 * {@code AUDITOR+BOOKKEEPER,AUDITOR+USER_ADMIN,AUDITOR+FIRM_MAIN_USER} (the default, SPEC revision 2).
 */
@ApplicationScoped
public class SeparationOfDuty {
    public static final String DEFAULT_PAIRS = "AUDITOR+BOOKKEEPER,AUDITOR+USER_ADMIN,AUDITOR+FIRM_MAIN_USER";

    @Inject
    @ConfigProperty(name = "rolegate.separation-of-duty", defaultValue = DEFAULT_PAIRS)
    String configured;

    private List<String[]> pairs;

    @PostConstruct
    void parse() {
        pairs = parse(configured);
    }

    /** For tests outside the container. */
    public static SeparationOfDuty of(String pairs) {
        SeparationOfDuty s = new SeparationOfDuty();
        s.configured = pairs;
        s.parse();
        return s;
    }

    static List<String[]> parse(String text) {
        List<String[]> result = new ArrayList<>();
        for (String pair : text.split(",")) {
            String[] roles = pair.strip().split("\\+");
            if (roles.length == 2 && !roles[0].isBlank() && !roles[1].isBlank()) {
                result.add(new String[] {roles[0].strip(), roles[1].strip()});
            }
        }
        return result;
    }

    /** A denial when holding all these roles at once would break an exclusive pair. */
    public Optional<Denial> check(Collection<String> rolesHeldTogether) {
        for (String[] p : pairs) {
            if (rolesHeldTogether.contains(p[0]) && rolesHeldTogether.contains(p[1])) {
                return Optional.of(new Denial(RuleId.D15, "Separation of duty: " + p[0] + " and " + p[1]
                        + " may not be held by the same person in one company"));
            }
        }
        return Optional.empty();
    }

    public List<String> describePairs() {
        return pairs.stream().map(p -> p[0] + "+" + p[1]).toList();
    }
}
