package dev.revops.forecast.recurring;

import java.util.HashSet;
import java.util.Set;

/**
 * The customers an accumulator has counted, so that one given twice (in it, or in two merged
 * accumulators) is refused rather than counted twice.
 */
final class OncePerCustomer {
  private final Set<String> customers = new HashSet<>();

  void add(String customer) {
    if (!customers.add(customer)) {
      throw new IllegalArgumentException("customer " + customer + " was already added: add each customer once, with "
          + "all of its lines");
    }
  }

  void merge(OncePerCustomer other) {
    for (String c : other.customers) {
      if (customers.contains(c)) {
        throw new IllegalArgumentException("customer " + c + " is in both accumulators: add each customer once");
      }
    }
    customers.addAll(other.customers);
  }

  int size() {
    return customers.size();
  }
}
