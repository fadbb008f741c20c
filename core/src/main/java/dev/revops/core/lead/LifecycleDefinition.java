package dev.revops.core.lead;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.revops.core.InvalidValueException;
import dev.revops.core.Validation;
import dev.revops.core.definition.DefinitionRef;
import dev.revops.core.json.RevopsJson;
import dev.revops.core.pipeline.Criterion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One version of a lead lifecycle: its ordered stages with their entry criteria, and the aliases
 * that map every CRM's raw stage names to canonical stages. The shared, versioned definition of
 * "lead", "MQL" and "SQL", in the manner of a {@link dev.revops.core.pipeline.PipelineDefinition}:
 * one written MQL definition instead of one per sales org.
 *
 * <p>Rules, checked at construction: the id is a slug and the version at least 1; stage ids are
 * unique; stages are listed by strictly ascending {@linkplain LifecycleStage#order() order}; there
 * are at least two funnel stages; every alias points at a stage; no two stages can be reached by
 * the same name. Names are matched ignoring case and everything but letters and digits, so
 * {@code "Marketing Qualified Lead"}, {@code "marketing_qualified_lead"} and
 * {@code "marketingqualifiedlead"} are one name.
 *
 * <p>{@link #hubspotDefault()} is HubSpot's default lifecycle stage property, bundled as data.
 *
 * <pre>{@code
 * LifecycleDefinition hubspot = LifecycleDefinition.hubspotDefault();
 * hubspot.resolve("MQL");                      // Marketing Qualified Lead (marketingqualifiedlead)
 * hubspot.unmetEntryCriteria(lead, "marketingqualifiedlead");   // [] when the lead qualifies
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLifecycleDefinition.class)
@JsonDeserialize(as = ImmutableLifecycleDefinition.class)
public abstract class LifecycleDefinition {
  /** Only the generated implementation extends this class, so every instance is validated. */
  LifecycleDefinition() {}

  /**
   * The definition's id, shared by all its versions.
   *
   * @return a slug, for example {@code "hubspot-lifecycle"}
   */
  public abstract String id();

  /**
   * The version, counting from 1; a changed definition is a new version.
   *
   * @return the version
   */
  public abstract int version();

  /**
   * The first day this version applies.
   *
   * @return the date
   */
  public abstract LocalDate effectiveFrom();

  /**
   * What the lifecycle is for, for people.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * The business time zone, in which imported dates without an offset are read.
   *
   * @return UTC unless set
   */
  @Value.Default
  public ZoneId timeZone() {
    return ZoneId.of("UTC");
  }

  /**
   * The stages, by ascending order.
   *
   * @return the stages
   */
  public abstract List<LifecycleStage> stages();

  /**
   * Raw stage names (as CRMs spell them) mapped to canonical stage ids. A stage's id and display
   * name need no alias.
   *
   * @return alias to stage id, sorted by alias
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> aliases();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds lifecycle definitions; see {@link LifecycleDefinition} for the rules. */
  public static final class Builder extends ImmutableLifecycleDefinition.Builder {
    Builder() {}
  }

  /** The bundled HubSpot default, read once. */
  private static final class HubSpot {
    static final LifecycleDefinition DEFAULT = read("hubspot-default-lifecycle.json");

    private static LifecycleDefinition read(String name) {
      try (InputStream in = LifecycleDefinition.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("the bundled lifecycle " + name + " is missing from the jar");
        }
        return RevopsJson.mapper().readValue(in, LifecycleDefinition.class);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled lifecycle " + name, e);
      }
    }
  }

  /**
   * HubSpot's default lifecycle stage property, as data: subscriber, lead,
   * marketingqualifiedlead, salesqualifiedlead, opportunity, customer and evangelist in that order
   * (the funnel), and other (outside it), with HubSpot's internal values as ids, its labels as
   * display names, and the aliases {@code MQL} and {@code SQL}. Id {@code hubspot-lifecycle},
   * version 1. Customize it by building a new version from it.
   *
   * @return the definition
   */
  public static LifecycleDefinition hubspotDefault() {
    return HubSpot.DEFAULT;
  }

  /**
   * This definition's id and version, as results cite it.
   *
   * @return the reference
   */
  @JsonIgnore
  public DefinitionRef ref() {
    return DefinitionRef.of(id(), version());
  }

  /** Lookups, built once. */
  @Value.Lazy
  @JsonIgnore
  Index index() {
    return new Index(stages(), aliases());
  }

  static final class Index {
    final Map<String, LifecycleStage> byId = new HashMap<>();
    final Map<String, LifecycleStage> byName = new HashMap<>();
    final List<LifecycleStage> funnel;

    Index(List<LifecycleStage> stages, Map<String, String> aliases) {
      List<LifecycleStage> f = new ArrayList<>();
      for (LifecycleStage s : stages) {
        byId.put(s.id(), s);
        byName.put(normalize(s.id()), s);
        byName.put(normalize(s.displayName()), s);
        if (s.isFunnel()) {
          f.add(s);
        }
      }
      aliases.forEach((alias, id) -> byName.put(normalize(alias), byId.get(id)));
      funnel = Collections.unmodifiableList(f);
    }
  }

  /** The matching key of a stage name: lower case, letters and digits only. */
  static String normalize(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  @Value.Check
  void check() {
    Validation v = Validation.of("lifecycle " + id() + " v" + version());
    v.check(LifecycleStage.ID.matcher(id()).matches(), "id", id(),
        "must be a slug: a letter or digit, then letters, digits, '.', '_' or '-'");
    v.check(version() >= 1, "version", version(), "must be at least 1");
    v.text("description", description());
    Map<String, LifecycleStage> ids = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    Integer previousOrder = null;
    int funnel = 0;
    for (LifecycleStage s : stages()) {
      v.check(ids.put(s.id(), s) == null, "stages", s.id(), "must not repeat a stage id");
      if (previousOrder != null) {
        v.check(s.order() > previousOrder, "stages", s.id() + " order " + s.order(),
            "must be listed by strictly ascending order", "previous order " + previousOrder);
      }
      previousOrder = s.order();
      funnel += s.isFunnel() ? 1 : 0;
      for (String name : List.of(s.id(), s.displayName())) {
        String key = normalize(name);
        v.check(!key.isEmpty(), "stages", name, "must contain a letter or digit");
        String other = names.putIfAbsent(key, s.id());
        v.check(other == null || other.equals(s.id()), "stages", name, "must not match another stage's name",
            "it matches " + other);
      }
    }
    v.check(funnel >= 2, "stages", funnel + " funnel stages", "must include at least two funnel stages");
    aliases().forEach((alias, target) -> {
      v.text("aliases", alias);
      v.check(ids.containsKey(target), "aliases", alias + " -> " + target,
          "must point at a stage id of this definition");
      String key = normalize(alias);
      v.check(!key.isEmpty(), "aliases", alias, "must contain a letter or digit");
      String other = names.putIfAbsent(key, target);
      v.check(other == null || other.equals(target), "aliases", alias + " -> " + target,
          "must not match a name of another stage", "it matches " + other);
    });
    v.throwIfInvalid();
  }

  /**
   * The funnel stages, by order.
   *
   * @return at least two stages
   */
  @JsonIgnore
  public List<LifecycleStage> funnelStages() {
    return index().funnel;
  }

  /**
   * The stage with a canonical id.
   *
   * @param id a stage id
   * @return the stage, or empty
   */
  public Optional<LifecycleStage> findStage(String id) {
    return Optional.ofNullable(index().byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * The stage with a canonical id.
   *
   * @param id a stage id
   * @return the stage
   * @throws InvalidValueException if no stage has that id
   */
  public LifecycleStage stage(String id) {
    return findStage(id).orElseThrow(() -> new InvalidValueException("stage", id,
        "is not a stage id of lifecycle " + ref(), "its stages are " + stageIds()));
  }

  /**
   * The stage a raw name refers to: its id, its display name or an alias, matched ignoring case,
   * spaces and punctuation.
   *
   * @param rawName a stage name as a CRM spells it, for example {@code "MQL"}
   * @return the stage, or empty when the name matches none
   */
  public Optional<LifecycleStage> resolveStage(String rawName) {
    Objects.requireNonNull(rawName, "rawName");
    LifecycleStage byId = index().byId.get(rawName);
    return byId != null ? Optional.of(byId) : Optional.ofNullable(index().byName.get(normalize(rawName)));
  }

  /**
   * The stage a raw name refers to, as {@link #resolveStage(String)}.
   *
   * @param rawName a stage name as a CRM spells it
   * @return the stage
   * @throws InvalidValueException if the name matches no stage id, display name or alias
   */
  public LifecycleStage resolve(String rawName) {
    return resolveStage(rawName).orElseThrow(() -> new InvalidValueException("stage", rawName,
        "is not a stage, display name or alias of lifecycle " + ref(), "its stages are " + stageIds()));
  }

  private String stageIds() {
    return stages().stream().map(LifecycleStage::id).collect(Collectors.joining(", "));
  }

  /**
   * The entry criteria of a stage a lead does not meet: the written definition of the stage,
   * checked against the lead.
   *
   * @param lead the lead
   * @param stageId the stage's id
   * @return why not, one line per unmet criterion; empty when the lead may enter
   * @throws InvalidValueException if no stage has that id
   */
  public List<String> unmetEntryCriteria(Lead lead, String stageId) {
    Objects.requireNonNull(lead, "lead");
    List<String> unmet = new ArrayList<>();
    for (Criterion c : stage(stageId).entryCriteria()) {
      c.unmetBy(lead).ifPresent(unmet::add);
    }
    return unmet;
  }

  /**
   * The id and version.
   *
   * @return for example {@code "lifecycle hubspot-lifecycle@1"}
   */
  @Override
  public String toString() {
    return "lifecycle " + ref();
  }
}
