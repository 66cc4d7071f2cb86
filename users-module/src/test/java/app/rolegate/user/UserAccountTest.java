package app.rolegate.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.platform.InvalidInputException;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC 1 / 5.1: userId unique and case-insensitive ("Anna.K" and "anna.k" are the same user). */
class UserAccountTest {
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void key_ignoresCase() {
        assertEquals(UserAccount.key("Anna.K"), UserAccount.key("anna.k"));
        assertEquals(UserAccount.key("ANNA.K"), UserAccount.key("anna.K"));
        assertEquals("anna.k", UserAccount.key("Anna.K"));
    }

    @Test
    void key_ignoresSurroundingWhitespace() {
        assertEquals("anna.k", UserAccount.key("  Anna.K\t"));
    }

    @Test
    void key_doesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertEquals("ilkka", UserAccount.key("ILKKA"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void differentNames_haveDifferentKeys() {
        assertFalse(UserAccount.key("anna.k").equals(UserAccount.key("anna.l")));
    }

    @Test
    void constructor_keepsTheCaseAsGivenButStripsWhitespace() {
        UserAccount u = new UserAccount("  Anna.K ", 7L, 3L, NOW);
        assertEquals("Anna.K", u.userId());
        assertEquals(7L, u.primaryCompanyId());
        assertEquals(3L, u.createdBy());
        assertEquals(NOW, u.createdAt());
    }

    @Test
    void newAccount_isActive_notSupport_noIdentityProviderLink() {
        UserAccount u = new UserAccount("anna", 1L, null, NOW);
        assertTrue(u.isActive());
        assertFalse(u.isPlatformSupport());
        assertEquals("NONE", u.idpStatus());
        assertNull(u.passwordHash());
        assertNull(u.id(), "no id until persisted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Anna.K", "anna.k@firm.fi", "x_y-z", "12345", "A.b_c-d@e"})
    void validUserIds_accepted(String userId) {
        assertEquals(userId, new UserAccount(userId, 1L, null, NOW).userId());
    }

    @Test
    void userIdOfHundredCharacters_accepted_hundredAndOneRejected() {
        assertEquals(100, new UserAccount("a".repeat(100), 1L, null, NOW).userId().length());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new UserAccount("a".repeat(101), 1L, null, NOW));
        assertEquals("userId", e.field());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "anna k", "anna/k", "änna", "anna,k", "anna;drop", "<anna>", "an\tna"})
    void invalidUserIds_rejectedNamingUserId(String userId) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new UserAccount(userId, 1L, null, NOW));
        assertEquals("userId", e.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"idp-verify", "IDP-Verify"})
    void aUserIdThatNamesACallOfTheApi_isRefused_whateverItsCase(String userId) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new UserAccount(userId, 1L, null, NOW));
        assertEquals("userId", e.field());
        assertTrue(e.getMessage().contains("reserved"), e.getMessage());
        assertEquals("idp-verify.x", new UserAccount("idp-verify.x", 1L, null, NOW).userId(), "only the name itself");
    }

    @Test
    void platformSupportAccount_isSupportWithUserIdSupport() {
        UserAccount s = UserAccount.platformSupport(9L, "hash", NOW);
        assertEquals("support", s.userId());
        assertTrue(s.isPlatformSupport());
        assertEquals(9L, s.primaryCompanyId());
        assertEquals("hash", s.passwordHash());
        assertNull(s.createdBy());
    }

    @Test
    void identity_setAndCleared() {
        UserAccount u = new UserAccount("anna", 1L, null, NOW);
        u.setIdentity(PersonalIdentityCode.of("fi", "131052-308t"));
        assertEquals("FI", u.country());
        assertEquals("131052-308T", u.personalIdentityCode());
        u.setIdentity(null);
        assertNull(u.country());
        assertNull(u.personalIdentityCode());
    }

    @Test
    void displayName_fallsBackToUserId() {
        UserAccount u = new UserAccount("anna.k", 1L, null, NOW);
        assertEquals("anna.k", u.displayName());
        u.setFirstName("Anna");
        u.setLastName("Korhonen");
        assertEquals("Anna Korhonen", u.displayName());
    }
}
