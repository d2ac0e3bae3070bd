import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks one module as Maven Central and the project's rules want it, after its jars are built (the
 * root pom runs it in every module's verify phase; it compiles itself, so it costs about a second):
 *
 * <ul>
 *   <li>the module's pom has a name and a description of its own;</li>
 *   <li>every package under src/main/java that is not {@code internal} has a package-info.java with a
 *       Javadoc comment;</li>
 *   <li>the jar has META-INF/LICENSE, byte for byte the repository's LICENSE, and an
 *       Automatic-Module-Name under io.github.xxgk;</li>
 *   <li>a published module (xxgk.publish.skip false) also has its -sources.jar and -javadoc.jar, each
 *       with META-INF/LICENSE, and no internal package in the Javadoc.</li>
 * </ul>
 *
 * <p>Usage: {@code java CheckArtifacts.java ROOT BASEDIR PACKAGING PUBLISH_SKIP TARGET FINAL_NAME}.
 * Exits 1 with one line per problem.
 */
public final class CheckArtifacts {

    private static final Pattern MODULE_NAME = Pattern.compile("io\\.github\\.xxgk(\\.[a-z][a-z0-9]*)+");

    public static void main(String[] args) throws IOException {
        if (args.length != 6) {
            System.err.println("usage: CheckArtifacts ROOT BASEDIR PACKAGING PUBLISH_SKIP TARGET FINAL_NAME");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        Path basedir = Path.of(args[1]);
        String packaging = args[2];
        boolean published = !Boolean.parseBoolean(args[3]);
        Path target = Path.of(args[4]);
        String finalName = args[5];
        List<String> problems = new ArrayList<>();
        byte[] license = Files.readAllBytes(root.resolve("LICENSE"));
        String pom = Files.readString(basedir.resolve("pom.xml"));
        String own = pom.replaceAll("(?s)<parent>.*?</parent>", "");
        for (String element : List.of("name", "description")) {
            if (!own.contains("<" + element + ">")) {
                problems.add("pom.xml has no <" + element + "> of its own");
            }
        }
        if (packaging.equals("jar")) {
            packageInfos(basedir.resolve("src/main/java"), problems);
            Path jar = target.resolve(finalName + ".jar");
            checkJar(jar, license, true, problems);
            if (published) {
                checkJar(target.resolve(finalName + "-sources.jar"), license, false, problems);
                checkJar(target.resolve(finalName + "-javadoc.jar"), license, false, problems);
                internalInJavadoc(target.resolve(finalName + "-javadoc.jar"), problems);
            }
        }
        if (!problems.isEmpty()) {
            for (String p : problems) {
                System.err.println("[CheckArtifacts] " + basedir.getFileName() + ": " + p);
            }
            System.exit(1);
        }
        System.out.println("[CheckArtifacts] " + basedir.getFileName() + ": LICENSE, manifest, package-info, pom metadata"
                + (packaging.equals("jar") && published ? ", sources and javadoc jars" : "") + " as required");
    }

    private static void packageInfos(Path sources, List<String> problems) throws IOException {
        if (!Files.isDirectory(sources)) {
            return;
        }
        List<Path> dirs;
        try (Stream<Path> s = Files.walk(sources)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path dir : dirs) {
            boolean hasJava;
            try (Stream<Path> s = Files.list(dir)) {
                hasJava = s.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
            }
            String pkg = sources.relativize(dir).toString().replace('/', '.').replace('\\', '.');
            if (!hasJava || Arrays.asList(pkg.split("\\.")).contains("internal")) {
                continue;
            }
            Path info = dir.resolve("package-info.java");
            if (!Files.exists(info)) {
                problems.add("public package " + pkg + " has no package-info.java");
                continue;
            }
            String text = Files.readString(info);
            int doc = text.indexOf("/**");
            int decl = text.indexOf("package " + pkg);
            if (doc < 0 || decl < 0 || doc > decl) {
                problems.add("package-info.java of " + pkg + " has no Javadoc comment before its package declaration");
            }
        }
    }

    private static void checkJar(Path jar, byte[] license, boolean main, List<String> problems) throws IOException {
        if (!Files.exists(jar)) {
            problems.add(jar.getFileName() + " was not built");
            return;
        }
        try (JarFile jf = new JarFile(jar.toFile())) {
            var entry = jf.getEntry("META-INF/LICENSE");
            if (entry == null) {
                problems.add(jar.getFileName() + " has no META-INF/LICENSE");
            } else {
                try (InputStream in = jf.getInputStream(entry)) {
                    if (!Arrays.equals(in.readAllBytes(), license)) {
                        problems.add(jar.getFileName() + ": META-INF/LICENSE is not the repository's LICENSE");
                    }
                }
            }
            var manifest = jf.getManifest();
            String name = manifest == null ? null : manifest.getMainAttributes().getValue(new Attributes.Name("Automatic-Module-Name"));
            if (name == null || !MODULE_NAME.matcher(name).matches()) {
                problems.add(jar.getFileName() + ": Automatic-Module-Name is " + name
                        + " (set the property xxgk.module.name in the module's pom, e.g. io.github.xxgk.core)");
            }
        }
    }

    private static void internalInJavadoc(Path jar, List<String> problems) throws IOException {
        if (!Files.exists(jar)) {
            return;
        }
        try (JarFile jf = new JarFile(jar.toFile())) {
            jf.stream().filter(e -> e.getName().contains("/internal/")).findFirst()
                    .ifPresent(e -> problems.add(jar.getFileName() + " documents an internal package: " + e.getName()));
        }
    }
}
