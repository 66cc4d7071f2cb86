package app.rolegate.delegation;

import app.rolegate.platform.Actor;
import java.util.Set;
import java.util.TreeSet;

/**
 * The actor situations the family tables name ("USER_ADMIN+MAIN_USER", "NONE", "PLATFORM_SUPPORT", ...), as
 * facts in company C: A is account {@value #A}, C's main user is {@value #MAIN} unless the situation says
 * MAIN_USER, support is account {@value #SUPPORT_ID}.
 */
final class Situations {
    static final long C = 1;
    static final long AUDITORS = 900;
    static final long A = 10;
    static final long U = 20;
    static final long MAIN = 30;
    static final long X = 40;
    static final long SUPPORT_ID = 1;
    /** Another company, the primary one of users whose primary company is not C. */
    static final long ELSEWHERE = 7;

    private Situations() {
    }

    static boolean mainUser(String situation) {
        return Set.of(situation.split("\\+")).contains("MAIN_USER");
    }

    /** The roles a situation names, without MAIN_USER and NONE; SELF holds FIRM_MAIN_USER+USER_ADMIN. */
    static Set<String> roles(String situation) {
        if ("SELF".equals(situation)) {
            return Set.of(Fixtures.FMU, Fixtures.UA);
        }
        Set<String> s = new TreeSet<>(Set.of(situation.split("\\+")));
        s.remove("MAIN_USER");
        s.remove("NONE");
        s.retainAll(Fixtures.ALL_ROLES);
        return s;
    }

    static CompanyFacts company(String situation, boolean payroll) {
        return Fixtures.company(C, "Client Oy", payroll, mainUser(situation) ? A : MAIN);
    }

    static Actor actor(String situation) {
        return switch (situation) {
            case "PLATFORM_SUPPORT" -> Fixtures.support(SUPPORT_ID);
            case "SERVICE_CLIENT" -> Actor.serviceClient("portal");
            default -> Fixtures.person(A);
        };
    }

    /** A in C: support, a service client and an outsider are no members of C. */
    static ActorFacts in(String situation, CompanyFacts c) {
        return switch (situation) {
            case "PLATFORM_SUPPORT", "SERVICE_CLIENT", "OUTSIDER" -> Fixtures.outside(actor(situation), c.id(), c);
            default -> Fixtures.in(actor(situation), c, roles(situation));
        };
    }

    /** What requestedBy names for support's exceptional grants (D5, D6), as current data shows them in C. */
    static RequesterFacts requester(String kind) {
        return switch (kind) {
            case "NONE", "-" -> null;
            case "MAIN_USER" -> new RequesterFacts(Fixtures.userId(MAIN), true, true, false);
            case "USER_ADMIN" -> new RequesterFacts("user31", true, false, true);
            case "MEMBER" -> new RequesterFacts("user32", true, false, false);
            case "UNKNOWN" -> RequesterFacts.unknown("ghost");
            default -> throw new IllegalArgumentException("requester " + kind);
        };
    }
}
