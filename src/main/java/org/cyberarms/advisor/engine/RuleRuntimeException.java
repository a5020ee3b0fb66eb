package org.cyberarms.advisor.engine;

/** The rules built, but running them failed: a rule's action threw, or the rules did not come to rest. */
public final class RuleRuntimeException extends Exception {

    public RuleRuntimeException(String message) {
        super(message);
    }

    public RuleRuntimeException(String message, Throwable cause) {
        super(message, cause);
    }
}
