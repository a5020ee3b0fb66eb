package org.cyberarms.advisor.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.trace.Outcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm evaluations per second of a whole knowledge base (16 elements, 64 facts) through the bundled rules,
 * with the rule base built once; and the same decisions in plain Java. One operation = one evaluation of
 * one whole knowledge base; inputs cycle over the bundled knowledge and its variants (see BenchInputs).
 * Run by bench/throughput.sh, which also prints the Drools/plain-Java ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2) // rules' constraints are compiled to bytecode only after some runs
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmx512m"})
public class EvaluationThroughput {

    private BenchInputs inputs;
    private List<Knowledge> knowledge;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        inputs = new BenchInputs();
        knowledge = inputs.inputs;
    }

    private Knowledge nextInput() {
        Knowledge k = knowledge.get(next);
        next = (next + 1) % knowledge.size();
        return k;
    }

    /** What `advisor report` did before: every event recorded, matches included. */
    @Benchmark
    public Outcome droolsFullTrace() throws Exception {
        return inputs.ruleBase.evaluate(nextInput(), RunLimits.DEFAULT, TraceDetail.ALL_EVENTS);
    }

    /** What `advisor report` does now: firings, facts and conclusions, no matches. */
    @Benchmark
    public Outcome droolsReportTrace() throws Exception {
        return inputs.ruleBase.evaluate(nextInput(), RunLimits.DEFAULT, TraceDetail.FIRINGS_AND_FACTS);
    }

    /** No trace at all: the concluded facts only (what sampling uses). */
    @Benchmark
    public List<Object> droolsLean() throws Exception {
        return inputs.ruleBase.conclude(nextInput(), RunLimits.DEFAULT);
    }

    /** The reference: ceiling table, lowest ceiling, level rank per element; no objects made. */
    @Benchmark
    public int[] plainJava() {
        return PlainJavaReference.levels(nextInput(), inputs.elementIndex);
    }

    /** The reference making the same conclusion facts as the rules (ceilings, levels, blockers). */
    @Benchmark
    public List<Object> plainJavaFacts() {
        return PlainJavaReference.conclusions(nextInput(), inputs.levelFacts);
    }
}
