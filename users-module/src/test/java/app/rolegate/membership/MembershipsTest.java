package app.rolegate.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.company.Company;
import app.rolegate.platform.ConflictException;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.Today;
import app.rolegate.platform.Validity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC 1, Membership: a payroll profile only where payroll is enabled, a CRM profile only where CRM
 * is, custom overrides per function key; SPEC 6: writes use optimistic locking.
 */
class MembershipsTest {
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private InMemoryMembershipRepository repository;
    private Memberships memberships;

    private final Company plain = company(1, "Plain Oy", false, false);
    private final Company payroll = company(2, "Payroll Oy", true, false);
    private final Company crm = company(3, "Crm Oy", false, true);

    static Company company(long id, String name, boolean payrollEnabled, boolean crmEnabled) {
        return TestIds.withId(new Company(name, null, false, null, payrollEnabled, crmEnabled, NOW), id);
    }

    @BeforeEach
    void setUp() {
        repository = new InMemoryMembershipRepository();
        memberships = new Memberships();
        memberships.repository = repository;
        memberships.today = new Today();
    }

    private static MembershipTerms terms(Validity v, AccountingProfile a, PayrollProfile p, CrmProfile c,
            Map<String, AccessLevel> o, Long version) {
        return new MembershipTerms(v, a, p, c, o, version);
    }

    @Test
    void open_defaults_untilFurtherNotice_accountingNone_noPayrollNoCrm() {
        Membership m = memberships.open(10, plain, MembershipTerms.defaults());
        assertSame(m, repository.find(10, 1).orElseThrow());
        assertEquals(Validity.untilFurtherNotice(), m.validity());
        assertEquals(AccountingProfile.NONE, m.accountingProfile());
        assertNull(m.payrollProfile());
        assertNull(m.crmProfile());
        assertTrue(m.overrides().isEmpty());
    }

    @Test
    void open_twiceInOneCompany_conflict() {
        memberships.open(10, plain, MembershipTerms.defaults());
        assertThrows(ConflictException.class, () -> memberships.open(10, plain, MembershipTerms.defaults()));
        assertEquals(1, repository.stored.size());
    }

    @Test
    void open_withPayrollProfileWherePayrollDisabled_rejectedAndNothingStored() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> memberships.open(10, plain,
                terms(null, null, PayrollProfile.ALL_RIGHTS, null, null, null)));
        assertEquals("payrollProfile", e.field());
        assertTrue(repository.stored.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"EMPLOYEE", "ALL_RIGHTS", "APPROVER", "MANAGEMENT", "BROWSE"})
    void payrollProfile_rejectedWherePayrollDisabled(String profile) {
        Membership m = new Membership(10, plain.id(), NOW);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> memberships.apply(m, plain,
                terms(null, null, PayrollProfile.valueOf(profile), null, null, null)));
        assertEquals("payrollProfile", e.field());
        assertNull(m.payrollProfile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"EMPLOYEE", "ALL_RIGHTS", "APPROVER", "MANAGEMENT", "BROWSE", "NONE"})
    void payrollProfile_acceptedWherePayrollEnabled(String profile) {
        Membership m = new Membership(10, payroll.id(), NOW);
        memberships.apply(m, payroll, terms(null, null, PayrollProfile.valueOf(profile), null, null, null));
        assertEquals(PayrollProfile.valueOf(profile), m.payrollProfile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"BROWSE", "PROCESSING", "MANAGER", "ADMINISTRATION"})
    void crmProfile_rejectedWhereCrmDisabled(String profile) {
        Membership m = new Membership(10, payroll.id(), NOW);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> memberships.apply(m, payroll,
                terms(null, null, null, CrmProfile.valueOf(profile), null, null)));
        assertEquals("crmProfile", e.field());
        assertNull(m.crmProfile());
    }

    @Test
    void crmProfile_acceptedWhereCrmEnabled() {
        Membership m = new Membership(10, crm.id(), NOW);
        memberships.apply(m, crm, terms(null, null, null, CrmProfile.MANAGER, null, null));
        assertEquals(CrmProfile.MANAGER, m.crmProfile());
    }

    @Test
    void nullFields_keepWhatIsThere() {
        Membership m = new Membership(10, payroll.id(), NOW);
        Validity v = Validity.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        memberships.apply(m, payroll, terms(v, AccountingProfile.LEDGER, PayrollProfile.APPROVER, null,
                Map.of("accounting.vouchers", AccessLevel.READ), null));
        memberships.apply(m, payroll, MembershipTerms.defaults());
        assertEquals(v, m.validity());
        assertEquals(AccountingProfile.LEDGER, m.accountingProfile());
        assertEquals(PayrollProfile.APPROVER, m.payrollProfile());
        assertEquals(Map.of("accounting.vouchers", AccessLevel.READ), m.overrides());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "accounting.vouchers", "payroll.payslip-read", "crm.templates2", "x0.1-2"})
    void overrideKey_wellFormed_accepted(String key) {
        Membership m = new Membership(10, plain.id(), NOW);
        memberships.apply(m, plain, terms(null, null, null, null, Map.of(key, AccessLevel.EDIT), null));
        assertEquals(Map.of(key, AccessLevel.EDIT), m.overrides());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Accounting", "1accounting", ".vouchers", "-x", "accounting vouchers", "accounting_x",
        "accounting/x", "ä", "a\n"})
    void overrideKey_malformed_rejectedNamingOverrides(String key) {
        Membership m = new Membership(10, plain.id(), NOW);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> memberships.apply(m, plain,
                terms(null, null, null, null, Map.of(key, AccessLevel.EDIT), null)));
        assertEquals("overrides", e.field());
        assertTrue(m.overrides().isEmpty());
    }

    @Test
    void overrideKey_atMost60Characters() {
        Membership m = new Membership(10, plain.id(), NOW);
        String sixty = "a".repeat(60);
        memberships.apply(m, plain, terms(null, null, null, null, Map.of(sixty, AccessLevel.NONE), null));
        assertEquals(Map.of(sixty, AccessLevel.NONE), m.overrides());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> memberships.apply(m, plain,
                terms(null, null, null, null, Map.of("a".repeat(61), AccessLevel.NONE), null)));
        assertEquals("overrides", e.field());
    }

    @Test
    void overrides_replaceTheWholeSet() {
        Membership m = new Membership(10, plain.id(), NOW);
        memberships.apply(m, plain, terms(null, null, null, null, Map.of("a.one", AccessLevel.READ), null));
        memberships.apply(m, plain, terms(null, null, null, null, Map.of("a.two", AccessLevel.EDIT), null));
        assertEquals(Map.of("a.two", AccessLevel.EDIT), m.overrides());
        memberships.apply(m, plain, terms(null, null, null, null, Map.of(), null));
        assertTrue(m.overrides().isEmpty());
    }

    @Test
    void expectedVersionMismatch_conflictAndNothingChanged() {
        Membership m = TestIds.withField(new Membership(10, plain.id(), NOW), "version", 3L);
        ConflictException e = assertThrows(ConflictException.class, () -> memberships.apply(m, plain,
                terms(null, AccountingProfile.ALL_RIGHTS, null, null, null, 2L)));
        assertEquals(409, e.status());
        assertEquals(AccountingProfile.NONE, m.accountingProfile());
    }

    @Test
    void expectedVersionMatching_applies() {
        Membership m = TestIds.withField(new Membership(10, plain.id(), NOW), "version", 3L);
        memberships.apply(m, plain, terms(null, AccountingProfile.ALL_RIGHTS, null, null, null, 3L));
        assertEquals(AccountingProfile.ALL_RIGHTS, m.accountingProfile());
    }

    @Test
    void noExpectedVersion_appliesWhateverTheVersion() {
        Membership m = TestIds.withField(new Membership(10, plain.id(), NOW), "version", 42L);
        memberships.apply(m, plain, terms(null, AccountingProfile.SEARCH, null, null, null, null));
        assertEquals(AccountingProfile.SEARCH, m.accountingProfile());
    }

    @Test
    void validity_applied() {
        Membership m = new Membership(10, plain.id(), NOW);
        Validity v = Validity.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28));
        memberships.apply(m, plain, terms(v, null, null, null, null, null));
        assertTrue(m.isValidOn(LocalDate.of(2025, 2, 28)));
        assertTrue(!m.isValidOn(LocalDate.of(2025, 3, 1)));
    }
}
