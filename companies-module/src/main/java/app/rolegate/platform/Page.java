package app.rolegate.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list (SPEC 4.1: lists are paged): the items, the page asked for, its size, and the total. */
public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> f) {
        return new Page<>(items.stream().<R>map(f).toList(), page, size, total);
    }

    /** The first row of the page: page times size. */
    public static int offset(int page, int size) {
        return Math.multiplyExact(page, size);
    }
}
