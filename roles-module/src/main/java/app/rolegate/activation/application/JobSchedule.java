package app.rolegate.activation.application;

import jakarta.ejb.ScheduleExpression;
import java.util.Locale;

/**
 * The job's schedule as configured: six EJB calendar fields, {@code second minute hour dayOfMonth month
 * dayOfWeek}, e.g. {@code 0 30 2 * * *} (daily at 02:30, the default) or {@code *}{@code /5 * * * * *}
 * (every five seconds, for tests); or {@code off}.
 */
public final class JobSchedule {
    public static final String OFF = "off";

    private JobSchedule() {
    }

    /** The expression, or null for {@code off}; an IllegalArgumentException naming the setting otherwise. */
    public static ScheduleExpression parse(String setting, String text) {
        String s = text == null ? "" : text.strip();
        if (s.toLowerCase(Locale.ROOT).equals(OFF)) {
            return null;
        }
        String[] f = s.split("\\s+");
        if (f.length != 6) {
            throw new IllegalArgumentException(setting + " must be 'off' or six calendar fields (second minute hour"
                    + " dayOfMonth month dayOfWeek), not '" + s + "'");
        }
        for (String field : f) {
            if (!field.matches("[A-Za-z0-9*/,\\-]+")) {
                throw new IllegalArgumentException(setting + ": '" + field + "' is no calendar field");
            }
        }
        return new ScheduleExpression().second(f[0]).minute(f[1]).hour(f[2]).dayOfMonth(f[3]).month(f[4])
                .dayOfWeek(f[5]);
    }
}
