package org.mingle.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The Flyway scripts on the class path, and a checksum of their names and contents. */
final class MigrationScripts {

    static final String LOCATION = "classpath:db/migration";
    private static final String FOLDER = "db/migration/";

    private MigrationScripts() {
    }

    static String checksum() {
        var scripts = new TreeMap<String, byte[]>();
        try {
            var urls = MigrationScripts.class.getClassLoader().getResources(FOLDER);
            while (urls.hasMoreElements()) {
                var url = urls.nextElement();
                if ("jar".equals(url.getProtocol())) {
                    var jar = ((JarURLConnection) url.openConnection()).getJarFile();
                    for (var entry : (Iterable<java.util.jar.JarEntry>) jar.stream()::iterator) {
                        if (entry.getName().startsWith(FOLDER) && entry.getName().endsWith(".sql")) {
                            try (var in = jar.getInputStream(entry)) {
                                scripts.put(entry.getName(), in.readAllBytes());
                            }
                        }
                    }
                } else {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        for (var file : (Iterable<Path>) files::iterator) {
                            if (file.toString().endsWith(".sql")) {
                                scripts.put(FOLDER + file.getFileName(), Files.readAllBytes(file));
                            }
                        }
                    }
                }
            }
            if (scripts.isEmpty()) {
                throw new IllegalStateException("No migrations found at " + LOCATION);
            }
            var digest = MessageDigest.getInstance("SHA-256");
            scripts.forEach((name, content) -> {
                digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(content);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
