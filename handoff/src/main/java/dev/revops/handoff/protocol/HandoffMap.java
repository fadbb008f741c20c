package dev.revops.handoff.protocol;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import dev.revops.core.Validation;
import dev.revops.core.definition.DefinitionRef;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The handoffs of a whole revenue lifecycle, as one versioned definition: a protocol per handoff,
 * each triggered by a stage or an event. Every protocol states its cost per failure in the same
 * currency, so that friction costs rank against each other.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHandoffMap.class)
@JsonDeserialize(as = ImmutableHandoffMap.class)
public abstract class HandoffMap {

  /** Only the generated implementation extends this class, so every instance is validated. */
  HandoffMap() {}

  /**
   * The map's id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Its version.
   *
   * @return 1 or more
   */
  public abstract int version();

  /**
   * The protocols.
   *
   * @return unique ids
   */
  public abstract List<HandoffProtocol> protocols();

  /**
   * The map's reference.
   *
   * @return id and version
   */
  public DefinitionRef ref() {
    return DefinitionRef.of(id(), version());
  }

  /**
   * A protocol by id.
   *
   * @param id the protocol's id
   * @return the protocol, if the map has it
   */
  public Optional<HandoffProtocol> find(String id) {
    return protocols().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * A protocol by id.
   *
   * @param id the protocol's id
   * @return the protocol
   * @throws InvalidValueException if the map has no such protocol
   */
  public HandoffProtocol protocol(String id) {
    return find(id).orElseThrow(() -> new InvalidValueException("protocol", id, "is not in handoff map " + id()));
  }

  /**
   * The protocols a deal entering a stage triggers.
   *
   * @param stageId the stage entered
   * @return the protocols, possibly none
   */
  public List<HandoffProtocol> triggeredBy(String stageId) {
    return protocols().stream().filter(p -> p.trigger().stageEntered().map(stageId::equals).orElse(false)).toList();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds maps. */
  public static final class Builder extends ImmutableHandoffMap.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("handoff map " + id());
    v.text("id", id());
    v.check(version() >= 1, "version", version(), "must be at least 1");
    Set<String> ids = new HashSet<>();
    protocols().forEach(p -> v.check(ids.add(p.id()), "protocols", p.id(), "must have unique ids"));
    // one currency, so that friction costs can be ranked against each other
    protocols().stream().skip(1).forEach(p -> v.check(p.costPerFailure().isSameCurrency(
        protocols().get(0).costPerFailure()), "costPerFailure", p.costPerFailure(),
        "must be in the currency of the map's other protocols", protocols().get(0).id() + " costs "
            + protocols().get(0).costPerFailure()));
    v.throwIfInvalid();
  }
}
