package dev.revops.forecast.acquisition;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.revops.core.metric.MetricValue;
import java.util.List;
import java.util.Optional;

/**
 * CAC blended and paid, by channel and by segment, each a {@link MetricValue} citing its
 * definition; a CAC is absent where there is no new customer to divide by.
 * Example: {@code report.blended().flatMap(MetricValue::money)}.
 *
 * @param blended all spend over all new customers
 * @param paid paid spend over new customers first touched on a paid channel
 * @param byChannel one value per channel with new customers (dimension {@code channel})
 * @param bySegment one value per segment with new customers (dimension {@code segment})
 */
public record CacReport(@JsonProperty("blended") Optional<MetricValue> blended, @JsonProperty("paid") Optional<MetricValue> paid, @JsonProperty("byChannel") List<MetricValue> byChannel,
    @JsonProperty("bySegment") List<MetricValue> bySegment) {}
