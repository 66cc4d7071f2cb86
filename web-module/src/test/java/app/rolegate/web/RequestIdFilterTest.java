package app.rolegate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdFilterTest {
    @Test
    void aPlainOfferedIdIsKeptAndAnythingElseReplaced() {
        assertEquals("portal-42.a:b_c", RequestIdFilter.accept("portal-42.a:b_c"));
        assertNotEquals("bad id with spaces", RequestIdFilter.accept("bad id with spaces"));
        assertNotEquals("x".repeat(65), RequestIdFilter.accept("x".repeat(65)));
        assertEquals(36, RequestIdFilter.accept(null).length());
    }

    @Test
    void newIdsAreDistinctVersion4Uuids() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIdFilter.newId();
            UUID u = UUID.fromString(id);
            assertEquals(4, u.version(), id);
            assertEquals(2, u.variant(), id);
            seen.add(id);
        }
        assertEquals(10_000, seen.size());
    }
}
