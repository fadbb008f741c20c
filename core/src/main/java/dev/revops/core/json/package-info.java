/**
 * JSON for every type of the model: one preconfigured Jackson {@link
 * com.fasterxml.jackson.databind.ObjectMapper} ({@link dev.revops.core.json.RevopsJson}).
 *
 * <p>The conventions: stable camelCase field names (the accessor names); money as a string
 * ({@code "USD 1234.50"}), never a floating-point number; probabilities and rates as exact decimal
 * numbers; dates and instants in ISO-8601; absent optional values omitted; stages referred to by
 * their canonical id, which is why reading a deal or a history needs its pipeline definition.
 * Unknown properties are an error naming the property, unless
 * {@link dev.revops.core.json.JsonOptions#ignoreUnknownProperties()} says otherwise.
 */
@ValueStyle
package dev.revops.core.json;

import dev.revops.core.style.ValueStyle;
