package dev.revops.examples.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * Teaches Spark's Kryo the JDK's unmodifiable collections that the library's immutable values hold
 * ({@code List.copyOf}, {@code Collections.unmodifiableSortedMap}...): Kryo's own serializers
 * rebuild a collection by adding to it, which an unmodifiable one refuses. Each is written as a
 * modifiable copy and wrapped again when read, so values and accumulators cross Spark's shuffles
 * and reach the driver equal to what was sent.
 *
 * <p>Set it on the session: {@code spark.kryo.registrator=dev.revops.examples.spark.RevopsKryoRegistrator}
 * ({@link SparkPipelineJob} does).
 */
public final class RevopsKryoRegistrator implements KryoRegistrator {
  /** Creates the registrator (Spark does, by its name). */
  public RevopsKryoRegistrator() {}

  @Override
  public void registerClasses(Kryo kryo) {
    // records (the accumulators' keys): Kryo 4 cannot set their final fields, so through their
    // accessors and canonical constructor
    kryo.addDefaultSerializer(Record.class, new RecordSerializer());
    List<Object> lists = List.of(List.of(), List.of(1), List.of(1, 2, 3), Collections.unmodifiableList(new ArrayList<>()),
        Collections.unmodifiableList(new java.util.LinkedList<>()), Collections.emptyList(), Collections.singletonList(1));
    lists.forEach(l -> copying(kryo, l.getClass(), c -> new ArrayList<>((Collection<?>) c),
        c -> Collections.unmodifiableList((List<?>) c)));
    List<Object> sets = List.of(Set.of(), Set.of(1), Set.of(1, 2, 3), Collections.unmodifiableSet(new LinkedHashSet<>()),
        Collections.emptySet(), Collections.singleton(1));
    sets.forEach(s -> copying(kryo, s.getClass(), c -> new LinkedHashSet<>((Collection<?>) c),
        c -> Collections.unmodifiableSet((Set<?>) c)));
    copying(kryo, Collections.unmodifiableSortedSet(new TreeSet<>()).getClass(), c -> new TreeSet<>((SortedSet<?>) c),
        c -> Collections.unmodifiableSortedSet((SortedSet<?>) c));
    copying(kryo, Collections.unmodifiableNavigableSet(new TreeSet<>()).getClass(),
        c -> new TreeSet<>((SortedSet<?>) c), c -> Collections.unmodifiableNavigableSet((NavigableSet<?>) c));
    List<Object> maps = List.of(Map.of(), Map.of(1, 1), Map.of(1, 1, 2, 2, 3, 3),
        Collections.unmodifiableMap(new HashMap<>()), Collections.emptyMap(), Collections.singletonMap(1, 1));
    maps.forEach(m -> copying(kryo, m.getClass(), c -> new LinkedHashMap<>((Map<?, ?>) c),
        c -> Collections.unmodifiableMap((Map<?, ?>) c)));
    copying(kryo, Collections.unmodifiableSortedMap(new TreeMap<>()).getClass(), c -> new TreeMap<>((SortedMap<?, ?>) c),
        c -> Collections.unmodifiableSortedMap((SortedMap<?, ?>) c));
    copying(kryo, Collections.unmodifiableNavigableMap(new TreeMap<>()).getClass(),
        c -> new TreeMap<>((SortedMap<?, ?>) c), c -> Collections.unmodifiableNavigableMap((NavigableMap<?, ?>) c));
  }

  /** Writes a record's components in order and reads them back through its canonical constructor. */
  @SuppressWarnings("rawtypes")
  private static final class RecordSerializer extends Serializer {
    @Override
    public void write(Kryo k, Output output, Object value) {
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        k.writeClassAndObject(output, invoke(c.getAccessor(), value));
      }
    }

    @Override
    public Object read(Kryo k, Input input, Class type) {
      RecordComponent[] components = type.getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        values[i] = k.readClassAndObject(input);
        types[i] = components[i].getType();
      }
      try {
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return canonical.newInstance(values);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot rebuild record " + type.getName(), e);
      }
    }

    private static Object invoke(Method accessor, Object value) {
      try {
        accessor.setAccessible(true);
        return accessor.invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read record " + value.getClass().getName(), e);
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void copying(Kryo kryo, Class<?> type, Function<Object, Object> copy, Function<Object, Object> wrap) {
    kryo.register(type, new Serializer() {
      @Override
      public void write(Kryo k, Output output, Object value) {
        k.writeClassAndObject(output, copy.apply(value));
      }

      @Override
      public Object read(Kryo k, Input input, Class c) {
        return wrap.apply(k.readClassAndObject(input));
      }
    });
  }
}
