package org.cyberarms.advisor.live;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the knowledge folder, its scenarios folder and the rules folder, and hands on which of them
 * changed once the saving has settled. Editors save in several steps (a temporary file written, then renamed
 * over the old one; or the old one deleted and a new one created), so every event on a file the advisor reads
 * counts, whatever its kind, and a burst of them is one change: it is passed on when no event has come for
 * {@link #QUIET}, or at the latest {@link #AT_MOST} after the first. Files the advisor does not read (an
 * editor's swap and backup files, a half-written temporary file) are ignored.
 */
final class FolderWatch implements AutoCloseable {

    /** Which input a change is in: the knowledge is reloaded, the rules rebuilt. */
    enum Part { KNOWLEDGE, RULES }

    /** How long the folders must stay quiet before a burst of events counts as one saved change. */
    static final Duration QUIET = Duration.ofMillis(100);

    /** How often a quiet watch looks for a watched folder that was deleted and has come back. */
    static final Duration RETURNED = Duration.ofSeconds(1);

    /** A file written for longer than this is reloaded anyway: the next event reloads it again. */
    static final Duration AT_MOST = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatch.class);

    private final WatchService service;
    private final Path knowledgeDir;
    private final Path scenariosDir;
    private final Path rulesDir;
    private final Map<WatchKey, Path> watched = new HashMap<>();
    /** Which folder on disk each watched path was when it was registered. */
    private final Map<Path, Object> identities = new HashMap<>();
    private final Consumer<Set<Part>> changed;
    private final Thread thread;

    /**
     * Starts watching. {@code changed} is called on the watching thread, once per settled burst, with the parts
     * that changed; it must return quickly.
     */
    FolderWatch(Path knowledgeDir, Path scenariosDir, Path rulesDir, Consumer<Set<Part>> changed) throws IOException {
        this.knowledgeDir = knowledgeDir;
        this.scenariosDir = scenariosDir;
        this.rulesDir = rulesDir;
        this.changed = changed;
        this.service = FileSystems.getDefault().newWatchService();
        register();
        this.thread = new Thread(this::watch, "live-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * (Re-)registers each folder that exists and is not watched yet: the scenarios folder may be created
     * later, and a folder deleted and created again (a checkout, a restored copy) is watched anew.
     *
     * @return the parts of the folders newly registered
     */
    private Set<Part> register() {
        Set<Part> registered = EnumSet.noneOf(Part.class);
        for (Path folder : new Path[] {knowledgeDir, scenariosDir, rulesDir}) {
            Object now = identity(folder);
            if (now == null || now.equals(identities.get(folder))) {
                continue; // not there, or the folder already watched
            }
            // A folder renamed away keeps its watch (the watch follows the folder, not the name): drop it.
            watched.entrySet().removeIf(e -> {
                boolean stale = e.getValue().equals(folder);
                if (stale) {
                    e.getKey().cancel();
                }
                return stale;
            });
            try {
                watched.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
                identities.put(folder, now);
                registered.add(folder.equals(rulesDir) ? Part.RULES : Part.KNOWLEDGE);
            } catch (IOException e) {
                LOG.warn("cannot watch {}: {}", folder, e.getMessage());
            }
        }
        return registered;
    }

    /** The folder's identity on disk (its inode, on Linux), or null when it is not a folder now. */
    private static Object identity(Path folder) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class);
            return attributes.isDirectory() ? java.util.Objects.requireNonNullElse(attributes.fileKey(), folder) : null;
        } catch (IOException gone) {
            return null;
        }
    }

    private void watch() {
        try {
            while (true) {
                Set<Part> parts = EnumSet.noneOf(Part.class);
                WatchKey first = service.poll(RETURNED.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    // Quiet: a folder that went away may be back, with files no event told of.
                    Set<Part> back = register();
                    if (!back.isEmpty()) {
                        changed.accept(back);
                    }
                    continue;
                }
                take(first, parts);
                long deadline = System.nanoTime() + AT_MOST.toNanos();
                WatchKey next;
                while (System.nanoTime() < deadline
                        && (next = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    take(next, parts);
                }
                parts.addAll(register());
                if (!parts.isEmpty()) {
                    changed.accept(parts);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed: the watch ends
        }
    }

    private void take(WatchKey key, Set<Part> parts) {
        Path folder = watched.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                parts.addAll(EnumSet.allOf(Part.class)); // events were lost: reload everything
            } else if (folder != null && event.context() instanceof Path name) {
                partOf(folder, name).ifPresent(parts::add);
            }
        }
        if (!key.reset()) {
            watched.remove(key); // the folder went away; register() takes it back when it returns
            if (folder != null) {
                identities.remove(folder);
            }
            parts.add(folder != null && folder.equals(rulesDir) ? Part.RULES : Part.KNOWLEDGE);
        }
    }

    /** The part a file belongs to, if the advisor reads it: YAML in the knowledge folders, DRL in the rules. */
    private java.util.Optional<Part> partOf(Path folder, Path name) {
        String file = name.toString().toLowerCase(Locale.ROOT);
        if (folder.equals(rulesDir)) {
            return file.endsWith(".drl") ? java.util.Optional.of(Part.RULES) : java.util.Optional.empty();
        }
        if (folder.equals(knowledgeDir) && file.equals(scenariosDir.getFileName().toString())) {
            return java.util.Optional.of(Part.KNOWLEDGE); // the scenarios folder itself came or went
        }
        return file.endsWith(".yaml") || file.endsWith(".yml") ? java.util.Optional.of(Part.KNOWLEDGE)
                : java.util.Optional.empty();
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("closing the folder watch", e);
        }
    }
}
