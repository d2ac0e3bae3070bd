package io.github.xxgk.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * File names in any language whatever the locale. Java decodes file names and arguments with the
 * encoding of the process's locale ({@code sun.jnu.encoding}, fixed at start), so under {@code LANG=C}
 * a CJK file name cannot even be turned into a {@code Path}. On Linux the command line then starts
 * itself once more under {@code LC_ALL=C.UTF-8}, passing its arguments as they were typed (the raw bytes
 * of {@code /proc/self/cmdline}, hex-encoded in {@link #ARGS}) and exiting with the child's code. Output
 * is UTF-8 either way; nothing else of the locale is read.
 */
final class Utf8Launch {

    /** The environment variable that carries the arguments to the child: their count, a colon, the hex of each, comma-separated. */
    static final String ARGS = "XXGK_UTF8_ARGS";

    private Utf8Launch() {
    }

    /** The arguments: those the parent passed when this is the relaunched process, else {@code args}. */
    static String[] arguments(String[] args) {
        String hex = System.getenv(ARGS);
        if (hex == null || args.length > 0) {
            return args;
        }
        int colon = hex.indexOf(':');
        int count = Integer.parseInt(hex.substring(0, colon));
        List<String> out = new ArrayList<>();
        if (count > 0) {
            for (String a : hex.substring(colon + 1).split(",", -1)) {
                out.add(new String(HexFormat.of().parseHex(a), StandardCharsets.UTF_8));
            }
        }
        return out.toArray(String[]::new);
    }

    /**
     * Relaunches the command line under a UTF-8 locale when file names would otherwise be mangled.
     *
     * @param args the arguments as the JVM decoded them
     * @return the child's exit code, or empty when this process goes on itself
     */
    static OptionalInt relaunchIfNeeded(String[] args) {
        String jnu = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (jnu.equalsIgnoreCase("UTF-8") || jnu.equalsIgnoreCase("UTF8") || System.getenv(ARGS) != null) {
            return OptionalInt.empty();
        }
        try {
            byte[] cmdline = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            List<byte[]> argv = split(cmdline);
            if (argv.size() < args.length) {
                return OptionalInt.empty();
            }
            List<byte[]> user = argv.subList(argv.size() - args.length, argv.size());
            List<String> hexes = new ArrayList<>();
            for (byte[] a : user) {
                hexes.add(HexFormat.of().formatHex(a));
            }
            String hex = user.size() + ":" + String.join(",", hexes);
            String java = ProcessHandle.current().info().command().orElse(null);
            String classPath = System.getProperty("java.class.path");
            List<String> command = new ArrayList<>();
            command.add(java);
            command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
            command.add("-cp");
            command.add(classPath);
            command.add(Xxgk.class.getName());
            for (String part : command) {
                if (part == null || !part.chars().allMatch(c -> c < 0x80)) {
                    return OptionalInt.empty(); // cannot be passed on faithfully: go on as we are
                }
            }
            ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
            Map<String, String> env = pb.environment();
            env.put("LC_ALL", "C.UTF-8");
            env.put(ARGS, hex);
            return OptionalInt.of(pb.start().waitFor());
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(Xxgk.UNUSABLE);
        }
    }

    private static List<byte[]> split(byte[] cmdline) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                out.add(java.util.Arrays.copyOfRange(cmdline, start, i));
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            out.add(java.util.Arrays.copyOfRange(cmdline, start, cmdline.length));
        }
        return out;
    }
}
