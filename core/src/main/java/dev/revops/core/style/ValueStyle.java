package dev.revops.core.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of revops-model, put on every package that declares value types.
 *
 * <p>What it decides, and why:
 * <ul>
 *   <li>Strict builders: an attribute can be set once; a second call is an error rather than a
 *       silent overwrite.</li>
 *   <li>JDK collections only ({@code jdkOnly}): no Guava on anybody's class path.</li>
 *   <li>No staged builders: they do not work with Jackson's builder-based deserialization.</li>
 *   <li>The generated {@code ImmutableX} class is package-private and overshadowed: users see
 *       only {@code X} and its nested {@code X.Builder}, so the public API stays small.</li>
 * </ul>
 *
 * <p>Example, on a {@code package-info.java}:
 * <pre>{@code
 * @ValueStyle
 * package dev.revops.core.deal;
 * }</pre>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    strictBuilder = true,
    jdkOnly = true,
    stagedBuilder = false,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false, prehash = false),
    allParameters = false)
public @interface ValueStyle {}
