package app.rolegate.platform;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Runs one operation (one transaction: a call into an application service from outside any
 * transaction) again when it failed only because of another request running at the same time: a lost
 * optimistic lock, a deadlock, a lock wait that timed out, a serialization failure, or a unique key
 * another transaction took first. The next attempt reads the data anew, so it decides on what the
 * other request left: the loser of a race gets the answer that the winner's result calls for (a 409
 * for a duplicate user id, a 403 D15 for the second of two exclusive roles). Bounded: when every
 * attempt failed, a conflict is 409 and a busy database is 503 — never a 500.
 */
public final class Retry {
    private static final Logger LOG = Logger.getLogger(Retry.class.getName());
    static final int ATTEMPTS = 4;
    /** Deadlock and serialization failure (both databases), PostgreSQL's deadlock, lock not available, Derby's lock timeout. */
    private static final Set<String> BUSY = Set.of("40001", "40P01", "55P03", "40XL1", "40XL2");
    /** Unique key violation (both databases). */
    private static final String DUPLICATE = "23505";
    private static final String ECLIPSELINK_OPTIMISTIC_LOCK = "org.eclipse.persistence.exceptions.OptimisticLockException";

    enum Kind { NONE, CONFLICT, BUSY }

    private Retry() {
    }

    public static <T> T call(Supplier<T> operation) {
        for (int attempt = 1; ; attempt++) {
            try {
                return operation.get();
            } catch (RuntimeException e) {
                Kind kind = kindOf(e);
                if (kind == Kind.NONE) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    LOG.fine(() -> "gave up after " + ATTEMPTS + " attempts: " + e);
                    throw kind == Kind.CONFLICT
                            ? new ConflictException("Another request changed the same data at the same time; reload"
                                    + " it and try again")
                            : new BusyException("The database is busy with other changes to the same data; nothing was"
                                    + " changed, try again shortly");
                }
                pause(attempt);
            }
        }
    }

    public static void run(Runnable operation) {
        call(() -> {
            operation.run();
            return null;
        });
    }

    /** Whether the failure was caused by a concurrent request, and how to answer if it persists. */
    static Kind kindOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RolegateException) {
                return Kind.NONE; // the operation's own answer (a rule, bad input): never retried
            }
            String name = t.getClass().getName();
            if (t instanceof jakarta.persistence.OptimisticLockException || ECLIPSELINK_OPTIMISTIC_LOCK.equals(name)) {
                return Kind.CONFLICT;
            }
            if (t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException) {
                return Kind.BUSY;
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    String state = s.getSQLState();
                    if (DUPLICATE.equals(state)) {
                        return Kind.CONFLICT;
                    }
                    if (state != null && BUSY.contains(state)) {
                        return Kind.BUSY;
                    }
                }
            }
        }
        return Kind.NONE;
    }

    private static void pause(int attempt) {
        long millis = (long) (10 * Math.pow(4, attempt - 1)) + ThreadLocalRandom.current().nextLong(10);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException("interrupted while waiting to try again");
        }
    }
}
