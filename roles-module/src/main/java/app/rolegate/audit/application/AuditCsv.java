package app.rolegate.audit.application;

import java.util.List;

/**
 * The audit log as CSV (RFC 4180): one format for the API ({@code Accept: text/csv}) and the admin
 * pages' download. A cell that starts with = + - @ (or a tab or carriage return) is prefixed with an
 * apostrophe, so that a spreadsheet shows it as text instead of running it as a formula.
 */
public final class AuditCsv {
    public static final List<String> COLUMNS = List.of("id", "occurredAt", "actorId", "actor", "action", "outcome",
            "companyId", "targetType", "targetId", "rule", "detail", "before", "after", "requestId");

    private AuditCsv() {
    }

    public static String of(List<AuditEventView> events) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (AuditEventView e : events) {
            Object[] values = {e.id(), e.occurredAt(), e.actorId(), e.actor(), e.action(), e.outcome(), e.companyId(),
                e.targetType(), e.targetId(), e.rule(), e.detail(), e.before(), e.after(), e.requestId()};
            for (int i = 0; i < values.length; i++) {
                out.append(i == 0 ? "" : ",").append(cell(values[i]));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** RFC 4180 quoting; a leading = + - @ is defused so that spreadsheets do not run it as a formula. */
    public static String cell(Object v) {
        if (v == null) {
            return "";
        }
        String s = v.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !(v instanceof Number)) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
