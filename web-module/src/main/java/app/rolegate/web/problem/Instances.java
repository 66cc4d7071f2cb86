package app.rolegate.web.problem;

import jakarta.ws.rs.core.UriInfo;

/** The problem's {@code instance}: the path that was asked for, without query (it may hold data). */
final class Instances {
    private Instances() {
    }

    static String of(UriInfo uri) {
        try {
            return uri == null ? null : uri.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return null; // outside a request
        }
    }
}
