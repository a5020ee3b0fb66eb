package org.cyberarms.advisor.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cyberarms.advisor.HeadlessChromium;
import org.cyberarms.advisor.live.EditedPack;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Not a test: a measurement ({@code bench/live-reload-page.sh}, BENCHMARKS.md "Issue 12: live reload"). How
 * long from saving a file to the workbench page in headless Chromium showing what the save changed, for a
 * knowledge edit (E16's attribution weak ↔ partial in elements.yaml: the page's level cell of E16 changes)
 * and a rule edit (a comment added to or removed from constraints.drl: the page's files panel names the
 * file). Saves as editors do, polls the page's DOM every 5 ms.
 *
 * <p>Usage: {@code LivePageLatency [saves of each kind, default 10]}
 */
public final class LivePageLatency {

    private static final String NOTE = "\n// live-reload benchmark\n";

    private LivePageLatency() {}

    public static void main(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path work = Files.createTempDirectory("live-page-latency");
        EditedPack pack = EditedPack.copyInto(work);
        ChromeDriver browser = HeadlessChromium.open();
        try (LiveWorkbench served = LiveWorkbench.serving(pack, "bench")) {
            browser.get(served.workbench().pageAddress().toString());
            await(browser, () -> "ready".equals(browser.findElement(By.tagName("body")).getAttribute("data-state")));
            List<Double> knowledge = new ArrayList<>();
            List<Double> rules = new ArrayList<>();
            String weak = EditedPack.E16_ATTRIBUTION;
            String partial = weak.replace("[weak, weak, weak]", "[partial, partial, partial]");
            for (int i = 0; i < saves; i++) {
                boolean raise = i % 2 == 0;
                long start = System.nanoTime();
                EditedPack.replaceAfter(pack.elements(), "id: E16", raise ? weak : partial, raise ? partial : weak);
                String expected = raise ? "feasible" : "likely";
                await(browser, () -> level(browser, "E16").equals(expected));
                knowledge.add((System.nanoTime() - start) / 1e6);
                Thread.sleep(500);

                String text = EditedPack.read(pack.constraints());
                String marker = "constraints.drl: changed";
                start = System.nanoTime();
                EditedPack.saveByRename(pack.constraints(), raise ? text + NOTE : text.replace(NOTE, ""));
                // The panel named elements.yaml and E16 since the knowledge save; now it names the rule file only.
                await(browser, () -> browser.findElement(By.id("live")).getText().contains(marker)
                        && !browser.findElement(By.id("live")).getText().contains("E16 "));
                rules.add((System.nanoTime() - start) / 1e6);
                Thread.sleep(500);
            }
            print("knowledge", knowledge, 500);
            print("rule", rules, 1500);
        } finally {
            browser.quit();
        }
    }

    private static String level(ChromeDriver browser, String elementId) {
        return browser.findElement(By.cssSelector("#heatmap tr[data-element=" + elementId + "] td.level-cell"))
                .getText().replace('\n', ' ');
    }

    private static void await(ChromeDriver browser, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException("the page did not show the change within 30 s");
            }
            Thread.sleep(5);
        }
    }

    private static void print(String kind, List<Double> millis, int target) {
        List<Double> sorted = millis.stream().sorted().toList();
        System.out.printf("%-10s save -> page shows it: median %6.0f ms, max %6.0f ms, min %6.0f ms over %d saves"
                + " (target %d ms)%n", kind, sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1),
                sorted.get(0), sorted.size(), target);
    }
}
