package org.cyberarms.advisor.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.cyberarms.advisor.document.Block;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.document.Text;
import org.cyberarms.advisor.scaffold.PackFiles;
import org.cyberarms.advisor.scaffold.PackPlan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Start a new knowledge pack in DIR: a maturity model with your levels, dimensions and"
                + " statuses, three example elements, an example scenario, rules that give every element one level"
                + " and a recommendation for each dimension that holds it back, analysts' tests of those rules,"
                + " and the pack's schemas (so that an editor checks its words). The new pack passes check and"
                + " test at once; each file's comments say how to grow it.",
                "DIR must not exist, or be an empty folder: init never overwrites anything (exit 2 otherwise)."
                        + " The files appear all at once, or not at all.",
                "Names are single words (letters, digits, - and _, starting with a letter), separated by commas,"
                        + " lowest first."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./advisor init my-pack",
            "  ./advisor init my-pack --title \"Cyber capacity review\"",
            "  ./advisor init my-pack --levels start-up,formative,established,strategic",
            "  ./advisor init my-pack --dimensions policy,skills --no-reliance --rounds 2"
        })
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The new pack's folder (it must not exist, or be empty).")
    Path dir;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = PackPlan.DEFAULT_TITLE,
            description = "The pack's title, which its report carries. Default: ${DEFAULT-VALUE}.")
    String title;

    @Option(names = "--levels", paramLabel = "NAMES", split = ",", defaultValue = "initial,developing,established,advanced",
            description = "Maturity levels, lowest first, at least 2. Default: ${DEFAULT-VALUE}.")
    List<String> levels;

    @Option(names = "--dimensions", paramLabel = "IDS", split = ",", defaultValue = "people,process,technology",
            description = "Dimension ids, at least 1; the report's names are made from them (skill_building"
                    + " becomes 'Skill building'). Default: ${DEFAULT-VALUE}.")
    List<String> dimensions;

    @Option(names = "--statuses", paramLabel = "NAMES", split = ",", defaultValue = "none,weak,partial,substantial,strong",
            description = "How mature a dimension is, lowest first, at least 2 and at least as many as levels (each"
                    + " level is reached through a status). Default: ${DEFAULT-VALUE}.")
    List<String> statuses;

    @Option(names = "--reliances", paramLabel = "NAMES", split = ",",
            description = "How much an element needs a dimension, lowest first, at least 2; the lowest never holds an"
                    + " element back, the top one holds it back in full. Default: not-needed,helpful,critical.")
    List<String> reliances;

    @Option(names = "--no-reliance",
            description = "A pack without a reliance scale: every dimension's status counts in full.")
    boolean noReliance;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "" + PackPlan.DEFAULT_ROUNDS,
            converter = Rounds.class,
            description = "Rounds of scoring per assessment, from 1 to " + PackPlan.MAX_ROUNDS
                    + "; the latest decides. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--element-ids", paramLabel = "REGEX", defaultValue = PackPlan.DEFAULT_ELEMENT_IDS,
            description = "The pattern (a Java regular expression) every element id must match whole, for example"
                    + " E[0-9]+. Default: a letter, then letters, digits, _ or -.")
    String elementIds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PackPlan plan = plan();
        List<String> problems = new ArrayList<>(plan.problems());
        Optional<String> refusal = OutputFolder.refusal(dir);
        refusal.ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new ParameterException(spec.commandLine(), String.join("; ", problems));
        }
        PackFiles pack = new PackFiles(plan, dir.toString(), LocalDate.now());
        Map<String, String> files = pack.all();
        OutputFolder.create(dir, files);
        Output.emit(spec, null, Format.TEXT, whatNext(files, pack.nextCommands()));
        return ExitCode.OK;
    }

    private PackPlan plan() {
        if (noReliance && reliances != null) {
            throw new ParameterException(spec.commandLine(), "give --reliances or --no-reliance, not both");
        }
        List<String> relianceNames = noReliance ? List.of() : reliances != null ? reliances : PackPlan.DEFAULT_RELIANCES;
        return new PackPlan(title, words(levels), words(dimensions), words(statuses), words(relianceNames), rounds,
                elementIds);
    }

    /** "a, b" quoted in the shell arrives as "a" and " b": spaces around a name are not part of it. */
    private static List<String> words(List<String> names) {
        return names.stream().map(String::strip).toList();
    }

    private Document whatNext(Map<String, String> files, List<String> commands) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.of("Wrote a new knowledge pack in " + dir + " (" + files.size() + " files):"));
        blocks.add(Block.BulletList.of(files.keySet().stream().map(Text::of).toList()));
        blocks.add(Block.Paragraph.of("Next, from this folder: check the rules, run the pack's tests, read its"
                + " report and try its example what-if."));
        commands.forEach(c -> blocks.add(new Block.CommandLine(c)));
        blocks.add(Block.Paragraph.of("Then replace the example elements in " + dir.resolve(PackFiles.ELEMENTS)
                + " with yours; each file's comments say how to grow it."));
        return Document.of("New knowledge pack", blocks);
    }

    /** Rounds init writes: each is one more status per assessment for the analyst to fill in. */
    static final class Rounds extends WholeNumber.InRange {
        Rounds() {
            super(1, PackPlan.MAX_ROUNDS);
        }
    }
}
