package io.github.xxgk.validation.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An immutable map of a finding (its message's arguments, the values derived for blank cells) in the
 * order given, built from arrays without hashing. A value that costs something to word (the list of a
 * table's blank cells) can be given as a {@link Lazy}: it is worded when it is first asked for, so that
 * validating a report does not build text nobody reads. A worded value is kept; wording it twice from two
 * threads gives equal values, so the race is harmless. Lookups are linear: these maps are small and
 * mostly iterated. Not API.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class FrozenMap<K, V> extends AbstractMap<K, V> {

    /** A value worded when first asked for. */
    static final class Lazy {
        final Supplier<?> supplier;

        Lazy(Supplier<?> supplier) {
            this.supplier = supplier;
        }
    }

    private static final FrozenMap<?, ?> EMPTY = new FrozenMap<>(new Object[0], new Object[0], 0);

    /** The empty map. */
    @SuppressWarnings("unchecked")
    static <K, V> FrozenMap<K, V> empty() {
        return (FrozenMap<K, V>) EMPTY;
    }

    private final Object[] names;
    /** A value, or a {@link Lazy} until it is asked for. */
    private final Object[] values;

    /** A map of the first {@code n} keys and values (copied); a value may be a {@link Lazy}. */
    FrozenMap(Object[] keys, Object[] values, int n) {
        this.names = java.util.Arrays.copyOf(keys, n);
        this.values = java.util.Arrays.copyOf(values, n);
    }

    @SuppressWarnings("unchecked")
    private V value(int k) {
        Object v = values[k];
        if (v instanceof Lazy lazy) {
            v = java.util.Objects.requireNonNull(lazy.supplier.get(), String.valueOf(names[k]));
            values[k] = v;
        }
        return (V) v;
    }

    @Override
    public V get(Object key) {
        for (int k = 0; k < names.length; k++) {
            if (names[k].equals(key)) {
                return value(k);
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        for (Object n : names) {
            if (n.equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int k;

                    @Override
                    public boolean hasNext() {
                        return k < names.length;
                    }

                    @Override
                    public Entry<K, V> next() {
                        if (k >= names.length) {
                            throw new NoSuchElementException();
                        }
                        int at = k++;
                        return new SimpleImmutableEntry<>((K) names[at], value(at));
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }
}
