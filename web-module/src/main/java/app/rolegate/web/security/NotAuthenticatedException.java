package app.rolegate.web.security;

import app.rolegate.platform.RolegateException;

/** The request carries no usable identity (no token, or its user is gone or inactive): 401. */
public class NotAuthenticatedException extends RolegateException {
    public NotAuthenticatedException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String title() {
        return "Unauthorized";
    }
}
