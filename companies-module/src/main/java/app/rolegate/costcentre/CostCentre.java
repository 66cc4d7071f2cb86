package app.rolegate.costcentre;

import app.rolegate.audit.AuditState;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A cost centre of a company (SPEC 1, 5.2): a code, unique in the company, and a name. Grants scoped to a cost
 * centre and employees' home cost centres name it by its code, which never changes.
 */
@Entity
@Table(name = "cost_centre")
public class CostCentre {
    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 200;
    /** Letters, digits and . _ - / (no spaces): a code is typed into grants and histories. */
    public static final String CODE_PATTERN = "[\\p{L}\\p{N}._/-]{1,30}";
    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CostCentre() {
    }

    public CostCentre(long companyId, String code, String name, Instant createdAt) {
        this.companyId = companyId;
        this.code = code(CODE_FIELD, code);
        this.name = Text.required("name", name, NAME_MAX).strip();
        this.createdAt = createdAt;
    }

    private static final String CODE_FIELD = "code";

    /** A cost centre code as typed in the field named: required, {@value #CODE_PATTERN}. */
    public static String code(String field, String value) {
        String s = Text.required(field, value, CODE_MAX).strip();
        if (!CODE.matcher(s).matches()) {
            throw new InvalidInputException(field, field + " may hold 1-30 letters, digits and . _ / - only");
        }
        return s;
    }

    public Long id() { return id; }
    public long companyId() { return companyId; }
    public String code() { return code; }
    public String name() { return name; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }

    public AuditState auditState() {
        return AuditState.of().with("code", code).with("name", name);
    }
}
