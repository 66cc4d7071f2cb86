package app.rolegate.activation;

import app.rolegate.user.ActivationPolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rolegate.activation.ActivationDecision.Action;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import app.rolegate.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** SPEC 5.3 and the Flex HRM seed: the job's decision, over the facts alone. */
class EmploymentActivationTest {
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate END = LocalDate.of(2025, 10, 31);
    /** The seed: employee 8 is deactivated five days after the employment ends, reactivated one day before a new one. */
    private static final ActivationPolicy SEED = new ActivationPolicy(5, 1);
    private static final List<EmploymentPeriod> ENDED = List.of(new EmploymentPeriod(START, END));
    private static final ActivationState ACTIVE = new ActivationState(true, false, null);

    private static LocalDate nov(int day) {
        return LocalDate.of(2025, 11, day);
    }

    @Test
    void seed_employmentEnds31October_N5_activeThrough5November_inactiveOn6November() {
        assertEquals(Action.NONE, decide(nov(5), SEED, ENDED, ACTIVE).action(), "active through 5 November");
        ActivationDecision d = decide(nov(6), SEED, ENDED, ACTIVE);
        assertEquals(Action.DEACTIVATE, d.action(), "inactive on 6 November");
        assertEquals(END, d.employmentEnd());
    }

    @Test
    void seed_runTwiceForOneDay_theSecondChangesNothing() {
        ActivationDecision first = decide(nov(6), SEED, ENDED, ACTIVE);
        ActivationState after = apply(ACTIVE, first);
        assertEquals(Action.NONE, decide(nov(6), SEED, ENDED, after).action());
        assertEquals(Action.NONE, decide(nov(7), SEED, ENDED, after).action());
    }

    @Test
    void catchesUpAfterDowntime_aRunWeeksLaterStillDeactivates() {
        assertEquals(Action.DEACTIVATE, decide(LocalDate.of(2025, 12, 24), SEED, ENDED, ACTIVE).action());
    }

    @Test
    void seed_reactivatedOneDayBeforeANewEmployment_notEarlier() {
        List<EmploymentPeriod> rehired = List.of(new EmploymentPeriod(START, END),
                new EmploymentPeriod(LocalDate.of(2026, 3, 1), null));
        ActivationState deactivated = apply(ACTIVE, decide(nov(6), SEED, rehired, ACTIVE));
        assertFalse(deactivated.active());
        assertEquals(Action.NONE, decide(LocalDate.of(2026, 2, 27), SEED, rehired, deactivated).action());
        assertEquals(Action.REACTIVATE, decide(LocalDate.of(2026, 2, 28), SEED, rehired, deactivated).action());
        ActivationState back = apply(deactivated, decide(LocalDate.of(2026, 2, 28), SEED, rehired, deactivated));
        assertTrue(back.active());
        assertEquals(Action.NONE, decide(LocalDate.of(2026, 2, 28), SEED, rehired, back).action(), "twice: nothing");
        assertEquals(Action.NONE, decide(LocalDate.of(2026, 6, 1), SEED, rehired, back).action());
    }

    @Test
    void theNewEmploymentEndsToo_deactivatedAgainForThatEnd() {
        LocalDate secondEnd = LocalDate.of(2026, 8, 31);
        List<EmploymentPeriod> two = List.of(new EmploymentPeriod(START, END),
                new EmploymentPeriod(LocalDate.of(2026, 3, 1), secondEnd));
        ActivationState s = apply(ACTIVE, decide(nov(6), SEED, two, ACTIVE));
        s = apply(s, decide(LocalDate.of(2026, 2, 28), SEED, two, s));
        ActivationDecision d = decide(LocalDate.of(2026, 9, 6), SEED, two, s);
        assertEquals(Action.DEACTIVATE, d.action());
        assertEquals(secondEnd, d.employmentEnd());
    }

    @Test
    void aPersonsReactivationAfterTheJob_isNotFought() {
        ActivationState deactivated = apply(ACTIVE, decide(nov(6), SEED, ENDED, ACTIVE));
        ActivationState reactivatedByHand = new ActivationState(true, false, deactivated.handledEnd());
        assertEquals(Action.NONE, decide(nov(7), SEED, ENDED, reactivatedByHand).action());
        assertEquals(Action.NONE, decide(LocalDate.of(2026, 5, 1), SEED, ENDED, reactivatedByHand).action());
    }

    @Test
    void aPersonsDeactivation_isNeverUndone() {
        List<EmploymentPeriod> rehired = List.of(new EmploymentPeriod(START, END),
                new EmploymentPeriod(LocalDate.of(2026, 3, 1), null));
        ActivationState byHand = new ActivationState(false, false, END);
        assertEquals(Action.NONE, decide(LocalDate.of(2026, 2, 28), SEED, rehired, byHand).action());
        ActivationState byHandDuringEmployment = new ActivationState(false, false, null);
        assertEquals(Action.NONE, decide(LocalDate.of(2025, 6, 1), SEED, ENDED, byHandDuringEmployment).action());
        assertEquals(Action.NONE, decide(nov(6), SEED, ENDED, byHandDuringEmployment).action(), "already inactive");
    }

    @Test
    void withoutN_neverDeactivated_withoutM_neverReactivated() {
        assertEquals(Action.NONE, decide(LocalDate.of(2030, 1, 1), new ActivationPolicy(null, 1), ENDED, ACTIVE).action());
        List<EmploymentPeriod> rehired = List.of(new EmploymentPeriod(START, END),
                new EmploymentPeriod(LocalDate.of(2026, 3, 1), null));
        ActivationPolicy onlyN = new ActivationPolicy(5, null);
        ActivationState s = apply(ACTIVE, decide(nov(6), onlyN, rehired, ACTIVE));
        assertFalse(s.active());
        assertEquals(Action.NONE, decide(LocalDate.of(2026, 3, 5), onlyN, rehired, s).action());
    }

    @Test
    void anOpenOrCurrentEmployment_orOneAboutToStart_keepsTheAccount() {
        assertEquals(Action.NONE, decide(LocalDate.of(2040, 1, 1), SEED,
                List.of(new EmploymentPeriod(START, null)), ACTIVE).action());
        List<EmploymentPeriod> gapOfTwoDays = List.of(new EmploymentPeriod(START, END),
                new EmploymentPeriod(LocalDate.of(2025, 11, 3), null));
        for (int d = 1; d <= 30; d++) {
            assertEquals(Action.NONE, decide(nov(d), SEED, gapOfTwoDays, ACTIVE).action(), "day " + d);
        }
        // Without the grace of N and M, the two days between are not covered: out on the 1st, back on the 3rd.
        ActivationPolicy none = new ActivationPolicy(0, 0);
        ActivationState out = apply(ACTIVE, decide(nov(1), none, gapOfTwoDays, ACTIVE));
        assertFalse(out.active());
        assertEquals(Action.NONE, decide(nov(2), none, gapOfTwoDays, out).action());
        assertEquals(Action.REACTIVATE, decide(nov(3), none, gapOfTwoDays, out).action());
    }

    @Test
    void noEmploymentAtAll_orOnlyAFutureOne_changesNothing() {
        assertEquals(Action.NONE, decide(nov(6), SEED, List.of(), ACTIVE).action());
        assertEquals(Action.NONE, decide(nov(6), SEED, List.of(new EmploymentPeriod(LocalDate.of(2026, 1, 1), null)),
                ACTIVE).action());
    }

    @Test
    void N0_deactivatesTheDayAfterTheEnd() {
        ActivationPolicy n0 = new ActivationPolicy(0, null);
        assertEquals(Action.NONE, decide(END, n0, ENDED, ACTIVE).action());
        assertEquals(Action.DEACTIVATE, decide(nov(1), n0, ENDED, ACTIVE).action());
    }

    @Test
    void badFacts_areRefusedWhereMade() {
        assertThrows(IllegalArgumentException.class, () -> new EmploymentPeriod(END, START));
        assertThrows(InvalidInputException.class, () -> new ActivationPolicy(-1, null));
        assertThrows(InvalidInputException.class, () -> new ActivationPolicy(null, -1));
    }

    /**
     * Random histories (seeded): for every day of two years, run the job once or twice; the second run
     * of a day never changes anything, and an account the job deactivated is never deactivated again for
     * the same employment.
     */
    @Test
    void randomHistories_aSecondRunOfADayNeverChangesAnything() {
        Random random = new Random(20261201L);
        for (int history = 0; history < 300; history++) {
            List<EmploymentPeriod> periods = new ArrayList<>();
            LocalDate from = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(60));
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                LocalDate to = random.nextInt(5) == 0 ? null : from.plusDays(10 + random.nextInt(200));
                periods.add(new EmploymentPeriod(from, to));
                if (to == null) {
                    break;
                }
                from = to.plusDays(1 + random.nextInt(90));
            }
            ActivationPolicy p = new ActivationPolicy(random.nextInt(4) == 0 ? null : random.nextInt(15),
                    random.nextInt(4) == 0 ? null : random.nextInt(15));
            ActivationState s = ACTIVE;
            for (LocalDate day = LocalDate.of(2025, 1, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusDays(1)) {
                ActivationDecision first = decide(day, p, periods, s);
                ActivationState after = apply(s, first);
                assertEquals(Action.NONE, decide(day, p, periods, after).action(), () -> "history " + periods + " " + p);
                if (first.action() == Action.DEACTIVATE) {
                    assertFalse(first.employmentEnd().equals(s.handledEnd()), "once per ended employment");
                }
                s = after;
            }
        }
    }

    private static ActivationDecision decide(LocalDate day, ActivationPolicy p, List<EmploymentPeriod> periods,
            ActivationState s) {
        return EmploymentActivation.decide(day, p, periods, s);
    }

    /** What the job's change does to the state (as UserAccount.deactivateByJob and reactivateByJob do). */
    private static ActivationState apply(ActivationState s, ActivationDecision d) {
        return switch (d.action()) {
            case NONE -> s;
            case DEACTIVATE -> new ActivationState(false, true, d.employmentEnd());
            case REACTIVATE -> new ActivationState(true, false, s.handledEnd());
        };
    }
}
