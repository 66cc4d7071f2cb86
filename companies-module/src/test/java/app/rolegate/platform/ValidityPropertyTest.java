package app.rolegate.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Validity over random periods: inclusive ends, and a reversed period is always bad input.
 *
 * <p>Randomized with a fixed seed; run with {@code -Drolegate.property.seed=N} to replay the seed a failure reports.
 */
class ValidityPropertyTest {
    private static final LocalDate BASE = LocalDate.of(2020, 1, 1);
    static final long DEFAULT_SEED = 20250101L;
    static final long SEED = Long.getLong("rolegate.property.seed", DEFAULT_SEED);

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void periodCoversExactlyItsDays() {
        forAll("periodCoversExactlyItsDays", 300, rnd -> {
            int start = between(rnd, 0, 3000);
            int length = between(rnd, 0, 400);
            int probe = between(rnd, -500, 4000);
            LocalDate from = BASE.plusDays(start);
            LocalDate to = from.plusDays(length);
            LocalDate day = BASE.plusDays(probe);
            String sample = "from=" + from + " to=" + to + " day=" + day;
            boolean inside = !day.isBefore(from) && !day.isAfter(to);
            Validity v = Validity.of(from, to);
            assertEquals(inside, v.isValidOn(day), sample);
            assertTrue(v.isValidOn(from), sample);
            assertTrue(v.isValidOn(to), sample);
            assertFalse(v.isValidOn(from.minusDays(1)), sample);
            assertFalse(v.isValidOn(to.plusDays(1)), sample);
        });
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void reversedPeriodIsRejected() {
        forAll("reversedPeriodIsRejected", 200, rnd -> {
            int start = between(rnd, 0, 3000);
            int back = between(rnd, 1, 400);
            LocalDate from = BASE.plusDays(start);
            String sample = "from=" + from + " to=" + from.minusDays(back);
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Validity.of(from, from.minusDays(back)), sample);
            assertEquals("validTo", e.field(), sample);
        });
    }

    /**
     * Runs {@code tries} tries, each with its own generator split off one seeded with {@link #SEED}. A failure is
     * reported with the seed and the try, so that it can be replayed.
     */
    static void forAll(String property, int tries, Consumer<SplittableRandom> body) {
        System.out.println(ValidityPropertyTest.class.getSimpleName() + "." + property + ": rolegate.property.seed="
                + SEED + ", " + tries + " tries");
        SplittableRandom master = new SplittableRandom(SEED);
        for (int t = 1; t <= tries; t++) {
            SplittableRandom rnd = master.split();
            try {
                body.accept(rnd);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("[" + property + " seed=" + SEED + " try " + t + "/" + tries
                        + "; replay with -Drolegate.property.seed=" + SEED + "] " + e.getMessage(), e);
            }
        }
    }

    /** An int in [min, max]; like an edge-case mixin, the bounds themselves come up more often than by chance. */
    static int between(SplittableRandom rnd, int min, int max) {
        return switch (rnd.nextInt(20)) {
            case 0 -> min;
            case 1 -> max;
            default -> rnd.nextInt(min, max + 1);
        };
    }
}
