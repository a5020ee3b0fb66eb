package org.cyberarms.advisor.model;

/**
 * The lists of words the knowledge defines and the rules may name: the scales of the maturity model, and the
 * ids of the elements. A fact's field marked {@link OnScale} holds words of one of them.
 */
public enum KnowledgeScale {
    LEVEL("a level", "the levels of the maturity model"),
    STATUS("a status", "the statuses of the maturity model"),
    RELIANCE("a reliance", "the reliances of the maturity model"),
    DIMENSION("a dimension", "the dimensions of the maturity model"),
    ELEMENT("an element id", "the element ids of the knowledge");

    private final String one;
    private final String all;

    KnowledgeScale(String one, String all) {
        this.one = one;
        this.all = all;
    }

    /** How a message names one word of this scale: "a status". */
    public String one() {
        return one;
    }

    /** How a message names the whole list: "the statuses of the maturity model". */
    public String all() {
        return all;
    }
}
