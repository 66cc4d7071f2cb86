package app.rolegate.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TodayTest {
    @Test
    void nowKeepsMicrosecondsAsPostgresqlDoes() {
        Today today = new Today();
        for (int i = 0; i < 1000; i++) {
            assertEquals(0, today.now().getNano() % 1000, "no sub-microsecond digits");
        }
    }
}
