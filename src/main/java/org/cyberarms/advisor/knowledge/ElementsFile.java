package org.cyberarms.advisor.knowledge;

import java.util.List;
import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.Provenance;

/** The content of {@code elements.yaml} once it has been read without a problem. */
record ElementsFile(Provenance provenance, List<Element> elements, List<Assessment> assessments) {}
