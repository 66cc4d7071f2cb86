package app.rolegate.web.api;

import app.rolegate.platform.InvalidInputException;
import app.rolegate.platform.NotFoundException;
import app.rolegate.platform.PreconditionFailedException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * Path and query parameters, read as text: a JAX-RS conversion failure would be a 404 without a
 * problem body, and bad input is a 400 naming the parameter. Also the entity tags of what two
 * administrators may edit at once: the entity's version.
 */
final class Params {
    static final int MAX_PAGE = 1_000_000;

    private Params() {
    }

    static int intParam(String name, String value, int dflt, int min, int max) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(value.strip());
            if (v < min || v > max) {
                throw new InvalidInputException(name, name + " must be " + min + "-" + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be a whole number");
        }
    }

    /** A whole number in a query parameter; 400 naming it otherwise. */
    static long longParam(String name, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be a whole number");
        }
    }

    static int page(String value) {
        return intParam("page", value, 0, 0, MAX_PAGE);
    }

    static int size(String value, int dflt, int max) {
        return intParam("size", value, dflt, 1, max);
    }

    static Boolean boolParam(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(name, name + " must be true or false");
        };
    }

    static boolean flag(String name, String value) {
        return Boolean.TRUE.equals(boolParam(name, value));
    }

    /** A company id in a path; anything else names no company (404, as an unknown one). */
    static long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    /** The entity tag of a version: what If-Match must name for a change to go ahead. */
    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    static Response.ResponseBuilder tagged(Response.ResponseBuilder r, long version) {
        return r.tag(etag(version));
    }

    /**
     * The version an If-Match header names ("5" or W/"5"), or null when there is none or it is "*". A
     * tag that is no version of ours can never match: 412.
     */
    static Long ifMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String v = header.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new PreconditionFailedException("If-Match names no version of this resource");
        }
    }
}
