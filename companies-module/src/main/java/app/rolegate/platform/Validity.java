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

    /** Either end may be null; a period that ends before it starts is bad input. */
    public static Validity of(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("validTo", "validTo " + to + " is before validFrom " + from);
        }
        return new Validity(from, to);
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
