package io.github.xxgk.archive.internal;

import io.github.xxgk.archive.AgencyRegister;
import io.github.xxgk.archive.RegisteredAgency;
import io.github.xxgk.validation.AgencyNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Groups the names the reports of an archive print into agencies: a name joins the register's agency
 * whose name or former name it is or is a usual variant of ({@link AgencyNames}), else the agency of an
 * earlier name (in sorted order) it is a variant of, else it starts an agency of its own. A name that
 * would join two different agencies joins neither: it stays an agency of its own and is reported,
 * since pairing falsely is worse than not pairing. Variants are found through an index of the
 * normalised names and their suffixes (a parent-region variant is the other name with a prefix), so
 * each name costs its length in look-ups, not the number of agencies. Not API; not thread-safe.
 */
public final class Grouper {

    /** A name that pairs with several agencies. */
    public record Ambiguity(String name, List<String> candidates) {
    }

    private final Map<String, RegisteredAgency> registered = new HashMap<>();
    /** Normalised name → agency key. */
    private final Map<String, String> exact = new HashMap<>();
    /** Every proper suffix of an indexed normalised name → the indexed names that end in it. */
    private final Map<String, List<String>> suffixes = new HashMap<>();
    private final List<Ambiguity> ambiguities = new ArrayList<>();

    /**
     * A grouper that knows a register.
     *
     * @param register the register
     */
    public Grouper(AgencyRegister register) {
        for (RegisteredAgency a : register.agencies()) {
            registered.put(a.name(), a);
            index(a.name(), a.name());
            a.formerNames().forEach(n -> index(n, a.name()));
        }
    }

    private void index(String name, String key) {
        String n = AgencyNames.normalised(name);
        if (exact.putIfAbsent(n, key) != null) {
            return;
        }
        for (int i = 1; i < n.length(); i++) {
            suffixes.computeIfAbsent(n.substring(i), k -> new ArrayList<>()).add(n);
        }
    }

    /**
     * Groups names.
     *
     * @param names distinct names, in the order to take them (sorted, for a deterministic result)
     * @return each name's agency key
     */
    public Map<String, String> group(List<String> names) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            String n = AgencyNames.normalised(name);
            String key = exact.get(n);
            if (key == null) {
                TreeSet<String> candidates = new TreeSet<>();
                // the name with a parent region before a known name
                for (int i = 1; i < n.length(); i++) {
                    String k = exact.get(n.substring(i));
                    if (k != null && AgencyNames.variant(name, n.substring(i)).isPresent()) {
                        candidates.add(k);
                    }
                }
                // a known name with a parent region before this one
                for (String longer : suffixes.getOrDefault(n, List.of())) {
                    if (AgencyNames.variant(name, longer).isPresent()) {
                        candidates.add(exact.get(longer));
                    }
                }
                if (candidates.size() == 1) {
                    key = candidates.first();
                } else {
                    if (candidates.size() > 1) {
                        ambiguities.add(new Ambiguity(name, List.copyOf(candidates)));
                    }
                    key = name;
                }
                if (candidates.size() <= 1) {
                    index(name, key);
                } else {
                    exact.putIfAbsent(n, key);
                }
            }
            out.put(name, key);
        }
        return out;
    }

    /** The names that paired with several agencies. */
    public List<Ambiguity> ambiguities() {
        return List.copyOf(ambiguities);
    }

    /** The register's entry of an agency key, if it is one. */
    public Optional<RegisteredAgency> registered(String key) {
        return Optional.ofNullable(registered.get(key));
    }
}
