package app.rolegate.pages;

import app.rolegate.it.Api;
import java.util.HashMap;
import java.util.Map;

/** Plain HTTP requests to the admin pages (no browser, no redirect followed), with or without a session. */
final class Http {
    private Http() {
    }

    static Api.Response get(String path, String sessionId) {
        return Api.send("GET", path, null, null, headers(sessionId, null));
    }

    static Api.Response getWithBearer(String path, String token) {
        Map<String, String> h = headers(null, null);
        h.put("Authorization", "Bearer " + token);
        return Api.send("GET", path, null, null, h);
    }

    static Api.Response postForm(String path, String sessionId, String form) {
        Map<String, String> h = headers(sessionId, "application/x-www-form-urlencoded");
        return Api.send("POST", path, null, form, h);
    }

    private static Map<String, String> headers(String sessionId, String contentType) {
        Map<String, String> h = new HashMap<>();
        h.put("Accept", "text/html");
        if (sessionId != null) {
            h.put("Cookie", "JSESSIONID=" + sessionId);
        }
        if (contentType != null) {
            h.put("Content-Type", contentType);
        }
        return h;
    }

    /** Whether the answer sends the browser to the login page. */
    static boolean toLogin(Api.Response r) {
        return r.status() == 302 && r.header("Location").orElse("").endsWith("/admin/login.xhtml");
    }
}
