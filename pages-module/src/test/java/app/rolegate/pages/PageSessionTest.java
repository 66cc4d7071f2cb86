package app.rolegate.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The pages' language follows the account's UI language: Swedish for sv and sv-FI, English otherwise. */
class PageSessionTest {
    @Test
    void swedishAccountsGetSwedishPages() {
        assertEquals("sv", PageSession.localeFor("sv").getLanguage());
        assertEquals("sv", PageSession.localeFor("sv-FI").getLanguage());
    }

    @Test
    void everyOtherLanguageGetsEnglish() {
        for (String ui : new String[] {null, "en", "fi", "de-DE", "svx"}) {
            assertEquals(Locale.ENGLISH, PageSession.localeFor(ui), ui);
        }
    }

    @Test
    void theSessionSwitchesWithTheAccount() {
        PageSession s = new PageSession();
        assertEquals("en", s.getLanguage());
        s.useLanguage("sv-FI");
        assertEquals("sv", s.getLanguage());
        s.useLanguage("en");
        assertEquals("en", s.getLanguage());
    }
}
