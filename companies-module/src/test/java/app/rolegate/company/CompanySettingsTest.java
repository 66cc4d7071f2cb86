package app.rolegate.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.rolegate.platform.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SPEC 5.2 and 5.4: a company's settings are checked as they are made. */
class CompanySettingsTest {
    private static String field(Runnable r) {
        return assertThrows(InvalidInputException.class, r::run).field();
    }

    @Test
    void toleranceDays_zeroToAYear() {
        assertEquals(0, CompanySettings.of(0, null, null).permissionToleranceDays());
        assertEquals(365, CompanySettings.of(365, null, null).permissionToleranceDays());
        assertEquals("permissionToleranceDays", field(() -> CompanySettings.of(-1, null, null)));
        assertEquals("permissionToleranceDays", field(() -> CompanySettings.of(366, null, null)));
        assertNull(CompanySettings.of(null, null, null).permissionToleranceDays());
    }

    @Test
    void domains_areKeptLowerCaseWithoutDuplicatesOrTheRootDot() {
        assertEquals(Set.of("example.com", "xn--bcher-kva.example", "mail.example.co.uk"), CompanySettings.of(null,
                List.of("Example.COM", "example.com.", " xn--bcher-kva.example ", "mail.example.co.uk"), null)
                .verifiedDomains());
        assertEquals(Set.of(), CompanySettings.of(null, List.of(), null).verifiedDomains());
    }

    @Test
    void whatIsNoDomainName_isRefused_namingTheEntry() {
        for (String bad : List.of("localhost", "example", "-example.com", "example-.com", "exa mple.com", "a..b",
                "user@example.com", "https://example.com", "example.123", "*.example.com", "ex_ample.com",
                "a".repeat(64) + ".com", "")) {
            assertEquals("verifiedDomains[1]", field(() -> CompanySettings.of(null, List.of("ok.example", bad), null)),
                    bad);
        }
        assertEquals("verifiedDomains[0]", field(() -> CompanySettings.of(null, Arrays.asList((String) null), null)));
        String[] many = new String[51];
        Arrays.setAll(many, i -> "d" + i + ".example");
        assertEquals("verifiedDomains", field(() -> CompanySettings.of(null, List.of(many), null)));
    }
}
