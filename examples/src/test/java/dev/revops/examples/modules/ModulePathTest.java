package dev.revops.examples.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.revops.core.deal.Deal;
import dev.revops.forecast.revenue.Contract;
import dev.revops.handoff.protocol.HandoffMap;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The library as an embedder on the module path sees it: its three modules and Jackson resolved in
 * a module layer of their own (with SLF4J's API, which core requires), no class path. Tests elsewhere run on the class path, where module
 * descriptors are ignored; this one checks that the descriptors hold at run time: the exports are
 * the API packages, and Jackson may read and build every JSON-bound value (the {@code opens}).
 */
class ModulePathTest {
  private static ModuleLayer layer;

  @BeforeAll
  static void resolveTheLibraryAsModules() throws URISyntaxException {
    ModuleFinder finder = ModuleFinder.of(
        location(Deal.class), location(Contract.class), location(HandoffMap.class),
        location(ObjectMapper.class), location(JsonFactory.class), location(JsonValue.class),
        location(Jdk8Module.class), location(JavaTimeModule.class), location(LoggerFactory.class));
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolve(finder, ModuleFinder.of(), Set.of("dev.revops.forecast", "dev.revops.handoff"));
    layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
  }

  private static Path location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void eachLibraryModuleExportsItsApiPackagesAndKeepsTheStyleToItself() {
    ModuleDescriptor core = layer.findModule("dev.revops.core").orElseThrow().getDescriptor();
    assertTrue(unqualifiedExports(core).containsAll(Set.of("dev.revops.core.deal",
        "dev.revops.core.money", "dev.revops.core.aggregate", "dev.revops.core.scope",
        "dev.revops.core.metric")), () -> unqualifiedExports(core).toString());
    assertTrue(!unqualifiedExports(core).contains("dev.revops.core.style"));
    assertEquals(Set.of(Set.of("dev.revops.forecast", "dev.revops.handoff")),
        core.exports().stream().filter(e -> e.source().equals("dev.revops.core.style"))
            .map(ModuleDescriptor.Exports::targets).collect(Collectors.toSet()));
    assertTrue(layer.findModule("dev.revops.forecast").orElseThrow().getDescriptor().requires()
        .stream().anyMatch(r -> r.name().equals("dev.revops.core")));
  }

  @Test
  void jacksonReadsAndWritesCoreForecastAndHandoffValuesInsideTheModules() throws Exception {
    roundTrip("dev.revops.core", "dev.revops.core.pipeline.PipelineDefinition",
        "/dev/revops/examples/definitions/hubspot-default.json");
    roundTrip("dev.revops.handoff", "dev.revops.handoff.protocol.HandoffMap",
        "/dev/revops/examples/definitions/b2b-handoffs.json");
    roundTrip("dev.revops.forecast", "dev.revops.forecast.revenue.Contract[]",
        "/dev/revops/examples/sample/contracts.json");
  }

  /** Reads the resource as the type through the layer's own RevopsJson, writes it, reads it back. */
  private static void roundTrip(String module, String typeName, String resource) throws Exception {
    ClassLoader loader = layer.findLoader(module);
    boolean array = typeName.endsWith("[]");
    Class<?> element = loader.loadClass(array ? typeName.substring(0, typeName.length() - 2) : typeName);
    Class<?> type = array ? element.arrayType() : element;
    assertEquals(module, element.getModule().getName());
    Object mapper = layer.findLoader("dev.revops.core").loadClass("dev.revops.core.json.RevopsJson")
        .getMethod("mapper").invoke(null);
    Method read = mapper.getClass().getMethod("readValue", String.class, Class.class);
    Method write = mapper.getClass().getMethod("writeValueAsString", Object.class);
    String text;
    try (InputStream in = ModulePathTest.class.getResourceAsStream(resource)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Object first = read.invoke(mapper, text, type);
    Object again = read.invoke(mapper, (String) write.invoke(mapper, first), type);
    if (array) {
      assertTrue(((Object[]) first).length > 0);
      assertArrayEquals((Object[]) first, (Object[]) again);
    } else {
      assertEquals(first, again);
    }
  }

  private static Set<String> unqualifiedExports(ModuleDescriptor descriptor) {
    return descriptor.exports().stream().filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
  }
}
