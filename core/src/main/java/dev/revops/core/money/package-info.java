/**
 * Exact money: {@link dev.revops.core.money.Money}, an amount at its currency's minor unit, and
 * {@link dev.revops.core.money.CurrencyMismatchException} for combining two currencies.
 *
 * <p>Amounts in different currencies are only combined through an explicit, dated
 * {@link dev.revops.core.money.ExchangeRateTable}.
 *
 * <p>Rounding rules are named where they are applied: products with a ratio round once with a
 * caller-chosen {@link java.math.RoundingMode} (the library uses {@code HALF_EVEN}, banker's
 * rounding, unless a rule says otherwise); allocations use the largest-remainder rule so the parts
 * always sum to the whole.
 */
@ValueStyle
package dev.revops.core.money;

import dev.revops.core.style.ValueStyle;
