package app.rolegate.employee;

import app.rolegate.costcentre.CostCentre;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Text;
import app.rolegate.platform.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An employee record as one request states it (SPEC 4.1, 5.3), checked as it is made, whatever interface
 * sends it: number, names, e-mail, manager, employment periods (an end never before its start, no two
 * overlapping, at most one open and none after it) and the dated home cost centre history (one entry per
 * day). What needs the database (the number unique in the company, the cost centres and the manager being
 * the company's, no manager loop) is {@link Employees}' to check. Lists keep the order sent, so that a
 * 400 names the entry as the caller numbered it. {@code expectedVersion}, when given, must
 * be the record's version (409 otherwise).
 */
public record EmployeeData(String number, String firstName, String lastName, String email, Long managerEmployeeId,
        List<Period> employments, List<Home> homeCostCentres, Long expectedVersion) {
    public static final int NUMBER_MAX = 30;
    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    /** The same loose rule as an account's e-mail: the identity provider verifies addresses. */
    public static final String EMAIL_PATTERN = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+";
    public static final int MAX_ENTRIES = 100;
    private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);

    /** An employment period as sent: {@code end} null for an open employment. */
    public record Period(LocalDate start, LocalDate end) {
    }

    /** A home cost centre history entry as sent: a cost centre's code, from a day on. */
    public record Home(String costCentre, LocalDate from) {
    }

    public EmployeeData {
        number = Text.required("number", number, NUMBER_MAX).strip();
        firstName = Text.required("firstName", firstName, NAME_MAX).strip();
        lastName = Text.required("lastName", lastName, NAME_MAX).strip();
        email = Text.trimmed("email", email, EMAIL_MAX);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("email", "email is not an e-mail address");
        }
        employments = periods(employments == null ? List.of() : employments);
        homeCostCentres = history(homeCostCentres == null ? List.of() : homeCostCentres);
        if (expectedVersion != null && expectedVersion < 0) {
            throw new InvalidInputException("version", "version is the version read, never negative");
        }
    }

    private static List<Period> periods(List<Period> given) {
        if (given.size() > MAX_ENTRIES) {
            throw new InvalidInputException("employments", "employments holds more than " + MAX_ENTRIES + " periods");
        }
        List<Indexed<Period>> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String at = "employments[" + i + "]";
            Period p = given.get(i);
            if (p == null || p.start() == null) {
                throw new InvalidInputException(at + ".start", at + ".start is required");
            }
            // An end before its start is bad input naming the end (Validity's rule and words).
            Validity.of(at + ".start", p.start(), at + ".end", p.end());
            checked.add(new Indexed<>(i, p));
        }
        checked.sort(Comparator.comparing(x -> x.value().start()));
        for (int i = 1; i < checked.size(); i++) {
            Indexed<Period> before = checked.get(i - 1);
            Indexed<Period> after = checked.get(i);
            if (before.value().end() == null || !before.value().end().isBefore(after.value().start())) {
                throw new InvalidInputException("employments", "employments[" + after.index() + "] ("
                        + text(after.value()) + ") overlaps employments[" + before.index() + "] ("
                        + text(before.value()) + ")");
            }
        }
        return List.copyOf(given);
    }

    private static String text(Period p) {
        return p.start() + ".." + (p.end() == null ? "open" : p.end().toString());
    }

    private static List<Home> history(List<Home> given) {
        if (given.size() > MAX_ENTRIES) {
            throw new InvalidInputException("homeCostCentres", "homeCostCentres holds more than " + MAX_ENTRIES
                    + " entries");
        }
        List<Home> checked = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String at = "homeCostCentres[" + i + "]";
            Home h = given.get(i);
            if (h == null) {
                throw new InvalidInputException(at, at + " is required");
            }
            String code = CostCentre.code(at + ".costCentre", h.costCentre());
            if (h.from() == null) {
                throw new InvalidInputException(at + ".from", at + ".from is required");
            }
            Validity.checkDate(at + ".from", h.from());
            if (!days.add(h.from())) {
                throw new InvalidInputException(at + ".from", at + ".from " + h.from()
                        + " appears twice: one home cost centre per day");
            }
            checked.add(new Home(code, h.from()));
        }
        return List.copyOf(checked);
    }

    private record Indexed<T>(int index, T value) {
    }

    /** The field (as sent) of the first history entry naming this code, for a 400 naming it. */
    public String fieldOf(String costCentre) {
        return "homeCostCentres[" + homeCostCentres.stream().map(Home::costCentre).toList().indexOf(costCentre)
                + "].costCentre";
    }
}
