package org.cyberarms.advisor.knowledge;

import java.util.List;
import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.Provenance;

/**
 * The content of {@code elements.yaml} once it has been read without a problem.
 *
 * @param rounds how many rounds every assessment has: the number the model sets, or, when it sets none, the first
 *               assessment's, which every other one was checked to have
 */
record ElementsFile(Provenance provenance, List<Element> elements, List<Assessment> assessments, int rounds) {}
