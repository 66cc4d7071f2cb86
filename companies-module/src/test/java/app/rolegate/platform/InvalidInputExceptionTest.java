package app.rolegate.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {
    @Test
    void withinNamesTheNestedField() {
        InvalidInputException e = new InvalidInputException("personalIdentityCode", "personalIdentityCode is empty")
                .within("firstUser");
        assertEquals("firstUser.personalIdentityCode", e.field());
        assertEquals("firstUser.personalIdentityCode is empty", e.getMessage());
        assertEquals(400, e.status());
    }

    @Test
    void aMessageNotStartingWithTheFieldIsKept() {
        InvalidInputException e = new InvalidInputException("password", "a password needs at least 10 characters")
                .within("firstUser");
        assertEquals("firstUser.password", e.field());
        assertEquals("a password needs at least 10 characters", e.getMessage());
    }

    @Test
    void aFailureOfTheWholeObjectNamesTheParent() {
        InvalidInputException e = new InvalidInputException(null, "not an object").within("firstUser");
        assertEquals("firstUser", e.field());
    }
}
