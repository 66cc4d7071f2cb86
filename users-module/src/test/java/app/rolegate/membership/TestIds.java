package app.rolegate.membership;

import java.lang.reflect.Field;

/** Sets the private, generated {@code id} (or another private field) of an entity, as persisting it would. */
final class TestIds {
    private TestIds() {
    }

    static <T> T withId(T entity, long id) {
        return withField(entity, "id", id);
    }

    static <T> T withField(T entity, String name, Object value) {
        try {
            Field f = entity.getClass().getDeclaredField(name);
            f.setAccessible(true);
            f.set(entity, value);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
