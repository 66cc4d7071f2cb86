package app.rolegate.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV format of the audit log (API and admin pages): RFC 4180 quoting, formulas defused. */
class AuditCsvTest {
    @Test
    void aCellWithSeparatorsQuotesOrLineBreaksIsQuoted() {
        assertEquals("plain", AuditCsv.cell("plain"));
        assertEquals("\"a,b\"", AuditCsv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", AuditCsv.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", AuditCsv.cell("two\nlines"));
        assertEquals("", AuditCsv.cell(null));
    }

    @Test
    void aCellThatASpreadsheetWouldRunIsDefused() {
        assertEquals("'=1+1", AuditCsv.cell("=1+1"));
        assertEquals("'@SUM(A1)", AuditCsv.cell("@SUM(A1)"));
        assertEquals("'+1", AuditCsv.cell("+1"));
        assertEquals("-1", AuditCsv.cell(-1L), "a number is a number");
    }

    @Test
    void theLogHasItsHeaderAndOneLinePerEvent() {
        AuditEventView e = new AuditEventView(7, Instant.parse("2026-01-31T10:00:00Z"), 3L, "anna", "role.grant", "DENIED",
                5L, "user", "bert", "D3", "=cmd", null, "{\"role\":\"X\"}", "req-1");
        assertEquals(String.join(",", AuditCsv.COLUMNS) + "\r\n"
                + "7,2026-01-31T10:00:00Z,3,anna,role.grant,DENIED,5,user,bert,D3,'=cmd,,\"{\"\"role\"\":\"\"X\"\"}\",req-1\r\n",
                AuditCsv.of(List.of(e)));
    }
}
