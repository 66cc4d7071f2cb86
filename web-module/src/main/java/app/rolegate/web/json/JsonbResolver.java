package app.rolegate.web.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * How the API's response records are written: absent values as {@code null} (a client can tell
 * "none" from "not sent"; a property marked {@code @JsonbNillable(false)} is left out instead), and
 * properties in alphabetical order, the same in every answer. One Jsonb for the application: it is thread-safe
 * and costly to make.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true)
            .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
