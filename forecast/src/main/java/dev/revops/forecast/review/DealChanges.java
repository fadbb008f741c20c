package dev.revops.forecast.review;

import dev.revops.core.deal.Deal;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What changed in a deal between two states, in words, for the lists the reviews print. */
final class DealChanges {
  private DealChanges() {}

  /**
   * The changes, most telling first: created, absent, won, lost, reopened, stage, category, amount,
   * expected close date, probability, owner.
   */
  static String describe(Optional<Deal> before, Optional<Deal> now) {
    if (before.isEmpty()) {
      return now.map(d -> d.isWon() ? "created and won on " + d.closedDate().get()
          : "created" + d.createdDate().map(c -> " " + c).orElse("")).orElse("absent");
    }
    if (now.isEmpty()) {
      return "absent from the latest state";
    }
    Deal a = before.get();
    Deal b = now.get();
    List<String> parts = new ArrayList<>();
    if (!a.isWon() && b.isWon()) {
      parts.add("won on " + b.closedDate().get());
    } else if (!a.isLost() && b.isLost()) {
      parts.add("lost on " + b.closedDate().get());
    } else if (a.isClosed() && b.isOpen()) {
      parts.add("reopened");
    }
    if (!a.stage().id().equals(b.stage().id()) && b.isOpen() && a.isOpen()) {
      parts.add("stage " + a.stage().id() + " -> " + b.stage().id());
    }
    if (a.isOpen() && b.isOpen() && a.effectiveForecastCategory() != b.effectiveForecastCategory()) {
      parts.add("category " + a.effectiveForecastCategory().displayName() + " -> "
          + b.effectiveForecastCategory().displayName());
    }
    if (!a.amount().equals(b.amount())) {
      parts.add("amount " + money(a.amount()) + " -> " + money(b.amount()));
    }
    if (b.isOpen() && !a.expectedCloseDate().equals(b.expectedCloseDate())) {
      parts.add("expected close " + date(a.expectedCloseDate()) + " -> " + date(b.expectedCloseDate()));
    }
    if (a.isOpen() && b.isOpen() && a.stage().id().equals(b.stage().id())
        && !a.effectiveProbability().probability().equals(b.effectiveProbability().probability())) {
      parts.add("probability " + a.effectiveProbability().probability() + " -> "
          + b.effectiveProbability().probability());
    }
    if (!a.owner().equals(b.owner())) {
      parts.add("owner " + a.owner().orElse("none") + " -> " + b.owner().orElse("none"));
    }
    return parts.isEmpty() ? "exchange rate" : String.join("; ", parts);
  }

  private static String money(Optional<Money> m) {
    return m.map(Money::toString).orElse("none");
  }

  private static String date(Optional<LocalDate> d) {
    return d.map(LocalDate::toString).orElse("none");
  }
}
