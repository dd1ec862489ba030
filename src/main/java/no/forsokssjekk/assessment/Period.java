package no.forsokssjekk.assessment;

import java.time.LocalDate;

/**
 * A trial period; both dates inclusive (2027-08-01 to 2031-07-31 is exactly four years).
 */
public record Period(LocalDate from, LocalDate to) {

    /** The day after the last day: the exclusive end used for length arithmetic. */
    public LocalDate endExclusive() {
        return to.plusDays(1);
    }

    /** True when the period is longer than the given number of years (inclusive end). */
    public boolean longerThanYears(int years) {
        return endExclusive().isAfter(from.plusYears(years));
    }

    /** The length in whole months, rounded up, for messages. */
    public long monthsRoundedUp() {
        long months = java.time.temporal.ChronoUnit.MONTHS.between(from, endExclusive());
        return from.plusMonths(months).isBefore(endExclusive()) ? months + 1 : months;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
