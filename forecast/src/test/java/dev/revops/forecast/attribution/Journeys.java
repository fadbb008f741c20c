package dev.revops.forecast.attribution;

import dev.revops.core.money.Money;
import dev.revops.core.scope.Scope;
import dev.revops.core.touch.DealJourney;
import dev.revops.core.touch.Touch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Small journeys for the attribution tests. */
final class Journeys {
  static final Scope SCOPE = Scope.builder().asOf(LocalDate.parse("2026-03-01"), ZoneOffset.UTC)
      .reportingCurrency(Currency.getInstance("USD")).build();

  private Journeys() {}

  static Instant day(int dayOfJanuary) {
    return LocalDate.of(2026, 1, 1).plusDays(dayOfJanuary - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  static Touch touch(String dealId, String id, int day, String channel) {
    return Touch.builder().id(id).dealId(dealId).instant(day(day)).channel(channel).campaign(channel + "-campaign")
        .kind("click").build();
  }

  /** Touches of deal D given as (id, day, channel) triples. */
  static List<Touch> touches(String dealId, Object... idDayChannel) {
    List<Touch> out = new ArrayList<>();
    for (int i = 0; i < idDayChannel.length; i += 3) {
      out.add(touch(dealId, (String) idDayChannel[i], (Integer) idDayChannel[i + 1], (String) idDayChannel[i + 2]));
    }
    return out;
  }

  static DealJourney won(String dealId, String amount, Optional<Instant> lead, Optional<Instant> opportunity,
      int closedDay, List<Touch> touches) {
    return DealJourney.won(dealId, "smb", Money.parse(amount), lead, opportunity, day(closedDay), touches);
  }

  static AttributionResult attribute(String primary, List<AttributionModel> models, AmountBasis basis,
      DealJourney... deals) {
    Attribution a = new Attribution(AttributionOptions.of(SCOPE, models, primary, basis));
    for (DealJourney d : deals) {
      a.add(d);
    }
    return a.result();
  }

  static AttributionResult attribute(DealJourney... deals) {
    return attribute("first-touch", AttributionModel.standard(), AmountBasis.WON_ONLY, deals);
  }

  /** The credits of one model by channel, as "channel=amount" text. */
  static String byChannel(AttributionResult r, String model) {
    return r.model(model).byChannel().toString();
  }
}
