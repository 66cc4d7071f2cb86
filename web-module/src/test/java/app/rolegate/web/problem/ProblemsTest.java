package app.rolegate.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.rolegate.platform.ConflictException;
import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.RequestContext;
import app.rolegate.platform.RuleDeniedException;
import app.rolegate.platform.RuleId;
import jakarta.ejb.EJBException;
import jakarta.json.JsonObject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProblemsTest {
    private final Problems problems = new Problems();

    @BeforeEach
    void requestId() {
        problems.requestContext = new RequestContext();
        problems.requestContext.useRequestId("req-1");
    }

    @Test
    void ruleDenialNamesTheRule() {
        Problem p = problems.from(new RuleDeniedException(RuleId.D1, "not on yourself"), "/api/v1/x");
        JsonObject json = p.toJson();
        assertEquals("https://rolegate.app/problems/rule-denied", json.getString("type"));
        assertEquals(403, json.getInt("status"));
        assertEquals("D1", json.getString("rule"));
        assertEquals("not on yourself", json.getString("detail"));
        assertEquals("/api/v1/x", json.getString("instance"));
        assertEquals("req-1", json.getString("requestId"));
        assertFalse(json.containsKey("field"));
    }

    @Test
    void invalidInputNamesTheField() {
        JsonObject json = problems.from(new InvalidInputException("email", "bad email"), null).toJson();
        assertEquals("https://rolegate.app/problems/invalid-input", json.getString("type"));
        assertEquals("email", json.getString("field"));
        assertEquals(400, json.getInt("status"));
        assertFalse(json.containsKey("instance"));
    }

    @Test
    void wrappedCausesAreUnwrapped() {
        Problem lock = problems.from(new EJBException(new RollbackException(new OptimisticLockException("v"))), null);
        assertEquals(409, lock.status());
        assertEquals("conflict", lock.slug());
        Problem conflict = problems.from(new EJBException(new ConflictException("dup")), null);
        assertEquals(409, conflict.status());
        assertEquals("dup", conflict.detail());
    }

    @Test
    void anythingElseIs500WithoutInternals() {
        Problem p = problems.from(new IllegalStateException("secret internals"), "/api/v1/y");
        assertEquals(500, p.status());
        assertEquals("internal-error", p.slug());
        assertFalse(p.toJson().toString().contains("secret"));
    }

    @Test
    void bareStatusesGetStableSlugs() {
        assertEquals("unauthorized", Problems.forStatus(401, null, "r").slug());
        assertEquals("not-found", Problems.forStatus(404, null, "r").slug());
        assertEquals("method-not-allowed", Problems.forStatus(405, null, "r").slug());
        assertEquals("unsupported-media-type", Problems.forStatus(415, null, "r").slug());
        assertEquals("internal-error", Problems.forStatus(503, null, "r").slug());
        assertEquals("too-many-requests", Problems.slugOf(429, "Too many requests"));
    }
}
