package app.rolegate.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the pages write dates and times: ISO dates, times in UTC, as the API and the CSV do. */
@Named("fmt")
@ApplicationScoped
public class Formats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    public String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    /** A text of the bundle with one value filled in (the values are escaped by the page like any other output). */
    public String text1(String key, Object a) {
        return Feedback.text(key, a);
    }

    public String text2(String key, Object a, Object b) {
        return Feedback.text(key, a, b);
    }

    /** A rule's id and title, e.g. "D3 – What a USER_ADMIN may grant", in the page's language. */
    public String ruleTitle(app.rolegate.platform.RuleId rule) {
        return rule == null ? "" : Feedback.ruleTitle(rule);
    }

    /** "Showing 1–25 of 120" in the page's language. */
    public String showing(long first, long last, long total) {
        return Feedback.text("list.showing", first, last, total);
    }

    /** A validity as a person reads it: "from – to", an open end as "until further notice" or "always". */
    public String validity(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return Feedback.text("validity.untilFurtherNotice");
        }
        return (from == null ? Feedback.text("validity.always") : from.toString()) + " – "
                + (to == null ? Feedback.text("validity.untilFurtherNotice") : to.toString());
    }
}
