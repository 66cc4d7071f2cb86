package app.rolegate.container;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends while it is open, on the thread that opened it (a
 * local EJB call runs on its caller's thread), by listening on the persistence unit's server
 * session. The client sessions of later transactions carry the listener too. Needs the test
 * application to see EclipseLink's API: arquillian.xml adds third-party to its apiTypeVisibility.
 */
public final class SqlCounter extends SessionEventAdapter implements AutoCloseable {
    private final Session session;
    private final Thread thread = Thread.currentThread();
    private final List<String> statements = new CopyOnWriteArrayList<>();

    private SqlCounter(Session session) {
        this.session = session;
    }

    /**
     * Liberty's injected factory is a wrapper whose unwrap only hands out the provider's factory
     * itself; EclipseLink's factory then unwraps to its session.
     */
    public static SqlCounter on(EntityManagerFactory emf) {
        EntityManagerFactory eclipseLink = emf.unwrap(EntityManagerFactory.class);
        SqlCounter counter = new SqlCounter(eclipseLink.unwrap(Session.class));
        counter.session.getEventManager().addListener(counter);
        return counter;
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        if (Thread.currentThread() == thread) {
            statements.add(String.valueOf(event.getCall()));
        }
    }

    /** The statements so far, and forgets them. */
    public List<String> take() {
        List<String> taken = List.copyOf(statements);
        statements.clear();
        return taken;
    }

    @Override
    public void close() {
        session.getEventManager().removeListener(this);
    }
}
