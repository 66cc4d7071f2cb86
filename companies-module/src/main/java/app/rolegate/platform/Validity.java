package app.rolegate.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A period of validity: open ends mean "until further notice" (the default) or "since always". */
@Embeddable
public class Validity {
    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected Validity() {
    }

    private Validity(LocalDate validFrom, LocalDate validTo) {
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public static Validity untilFurtherNotice() {
        return new Validity(null, null);
    }

    /** The dates any date of the API and the pages may hold: what every database stores alike. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    /** Either end may be null; a period that ends before it starts is bad input. */
    public static Validity of(LocalDate from, LocalDate to) {
        return of("validFrom", from, "validTo", to);
    }

    /** As {@link #of(LocalDate, LocalDate)}, naming the fields as the caller calls them. */
    public static Validity of(String fromField, LocalDate from, String toField, LocalDate to) {
        checkDate(fromField, from);
        checkDate(toField, to);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException(toField, toField + " " + to + " is before " + fromField + " " + from);
        }
        return new Validity(from, to);
    }

    /** A date between {@link #EARLIEST} and {@link #LATEST}, or null; 400 naming the field otherwise. */
    public static LocalDate checkDate(String field, LocalDate d) {
        if (d != null && (d.isBefore(EARLIEST) || d.isAfter(LATEST))) {
            throw new InvalidInputException(field, field + " must lie between " + EARLIEST + " and " + LATEST);
        }
        return d;
    }

    /** Whether the period has wholly passed before the day (D17: such a grant is refused, and blocks nothing). */
    public boolean endedBefore(LocalDate day) {
        return validTo != null && validTo.isBefore(day);
    }

    /** Whether the period has an end, or starts after the day: it ends the user's access at some point (D9). */
    public boolean endsAccess(LocalDate day) {
        return validTo != null || (validFrom != null && validFrom.isAfter(day));
    }

    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public Validity withValidTo(LocalDate to) {
        return of(validFrom, to);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Validity v && Objects.equals(validFrom, v.validFrom) && Objects.equals(validTo, v.validTo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(validFrom, validTo);
    }

    @Override
    public String toString() {
        return (validFrom == null ? "" : validFrom.toString()) + ".." + (validTo == null ? "" : validTo.toString());
    }
}
