package app.rolegate.platform;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/** Per-request facts the audit log records: the request id (taken from X-Request-Id or made). */
@RequestScoped
public class RequestContext {
    private String requestId;

    public String requestId() {
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
        }
        return requestId;
    }

    public void useRequestId(String id) {
        this.requestId = id;
    }
}
