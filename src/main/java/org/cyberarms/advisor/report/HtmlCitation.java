package org.cyberarms.advisor.report;

import java.util.List;

import org.cyberarms.advisor.report.FeasibilityReport.RuleCitation;
import org.cyberarms.advisor.trace.RuleRef;

/**
 * A rule as every HTML page cites it ({@code citation.mustache}): its name, {@code file:line}, and its
 * rationale and source when the rule file gives them (lists of zero or one, for logic-less templates).
 */
record HtmlCitation(String name, String location, List<String> rationale, List<String> source) {

    static HtmlCitation of(RuleCitation rule) {
        return new HtmlCitation(rule.name(), rule.location(), rule.rationale().stream().toList(),
                rule.source().stream().toList());
    }

    static HtmlCitation of(RuleRef rule) {
        return new HtmlCitation(rule.name(), rule.location(), rule.rationale().stream().toList(),
                rule.source().stream().toList());
    }

    /** A rule known only by name and place, as the what-if comparison records it. */
    static HtmlCitation of(String name, String location) {
        return new HtmlCitation(name, location, List.of(), List.of());
    }
}
