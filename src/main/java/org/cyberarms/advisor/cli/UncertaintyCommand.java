package org.cyberarms.advisor.cli;

import java.util.concurrent.Callable;

import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.uncertainty.MonteCarlo;
import org.cyberarms.advisor.uncertainty.UncertaintyDocument;
import org.cyberarms.advisor.uncertainty.UncertaintyResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "uncertainty", mixinStandardHelpOptions = true,
        description = {
            "Monte Carlo over the scoring: each sample draws every element's status on every dimension from the"
                    + " panel's scores in the latest round (one panellist at random) or, where no panel scored,"
                    + " from the rounds of scoring (round 1, 2, 3 ... with weights 1:2:3 ...; with one round, its"
                    + " status), and runs the sample through the"
                    + " rules. Prints, per element, the share of samples at each level with a 95%% interval,"
                    + " the elements whose level is unstable (modal level in under 90%% of samples) and the"
                    + " dimension that drives it. Practical actions are not sampled.",
            "With --scenario or --set, the draws are made from the knowledge with those changes applied."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./advisor uncertainty",
            "  ./advisor uncertainty --samples 100000 --seed 7 --out uncertainty.md",
            "  ./advisor uncertainty --scenario " + PackExamples.A_SCENARIO,
            "  ./advisor uncertainty --set " + PackExamples.A_CHANGE
        })
final class UncertaintyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Mixin
    ScenarioOptions whatIf;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "10000", converter = WholeNumber.Samples.class,
            description = "How many samples to draw, 1 to 100,000,000 (memory does not grow with it; time does:"
                    + " raise --max-seconds for large counts). Default: ${DEFAULT-VALUE}.")
    int samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the draws: the same seed gives the same result. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--threads", paramLabel = "T", hidden = true, converter = WholeNumber.Threads.class,
            description = "Worker threads (default: one per core).")
    int threads = Runtime.getRuntime().availableProcessors();

    /**
     * Samples per rule session. Samples of a batch that drew the same statuses for an element share one copy
     * of it, so large batches cost little more than small ones (bench/uncertainty.sh: 100,000 samples took
     * 8.8 s with batches of 8 and 2.9 s with batches of 5,000); 20 batches still give a smooth progress bar.
     */
    @Option(names = "--batch", paramLabel = "B", hidden = true, defaultValue = "5000",
            converter = WholeNumber.SampleBatch.class,
            description = "Samples per rule session (for measuring; the result does not depend on it).")
    int batch;

    @Mixin
    FormatOption format = FormatOption.of(Format.TEXT, Format.MARKDOWN, Format.HTML, Format.JSON);

    @Mixin
    OutOption out;

    @Override
    public Integer call() throws Exception {
        Inputs loaded = Inputs.load(inputs, whatIf);
        RuleBase rules = loaded.ruleBase();
        RunLimits limits = loaded.limits();
        MonteCarlo monteCarlo = new MonteCarlo(loaded.knowledge(), batch -> rules.conclude(batch, limits));

        // Ctrl-C interrupts this thread (CommandRunner): sampling stops at once, and nothing is written.
        UncertaintyResult result = monteCarlo.run(samples, seed, threads, batch,
                ProgressBar.forRun(samples, samples >= 20_000));
        Output.emit(spec, out.file, format.chosen(out.file),
                UncertaintyDocument.of(result, loaded.knowledge().model(), loaded.whatIf()));
        return ExitCode.OK;
    }
}
