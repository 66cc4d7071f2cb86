package app.rolegate.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The REST API, version 1. Callers authenticate with a bearer JWT (MicroProfile JWT); which URLs
 * need one is decided in WEB-INF/web.xml, so that the container rejects a missing or bad token
 * before any application code runs.
 */
@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "rolegate")
public class RolegateApplication extends Application {
}
