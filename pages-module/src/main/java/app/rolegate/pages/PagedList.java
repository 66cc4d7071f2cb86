package app.rolegate.pages;

import app.rolegate.platform.Page;
import java.io.Serializable;
import java.util.List;

/**
 * What every list of the pages shares: the page asked for (a view parameter, counted from 0), the page of
 * rows the service answered, "first to last of total", and whether there is a page before and after. The
 * rows are read anew on each request by the page's view action, never kept in the view state.
 */
public abstract class PagedList<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int size;
    private int page;
    private transient Page<T> result;

    protected PagedList(int size) {
        this.size = size;
    }

    /** The page to read: the one asked for, never below the first. */
    protected final int pageAsked() {
        return Math.max(page, 0);
    }

    /** The rows to show (null: none, as after a refusal). */
    protected final void show(Page<T> shown) {
        this.result = shown;
    }

    public boolean isLoaded() {
        return result != null;
    }

    public List<T> getRows() {
        return result == null ? List.of() : result.items();
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    public long getFirst() {
        return result == null || result.items().isEmpty() ? 0 : (long) pageAsked() * size + 1;
    }

    public long getLast() {
        return result == null ? 0 : (long) pageAsked() * size + result.items().size();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return result != null && (long) (pageAsked() + 1) * size < result.total();
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
