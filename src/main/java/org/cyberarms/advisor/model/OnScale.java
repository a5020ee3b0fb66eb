package org.cyberarms.advisor.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This field of a fact holds words of one {@link KnowledgeScale}. It is the one place that says so: when a
 * rule compares such a field with a word ({@code status == "stong"}, {@code Level( name in ("likely") )}),
 * the word must be on that scale, or the rules do not build. Without the check a misspelt or renamed word
 * would make the rule silently never match, and levels would move with exit code 0.
 *
 * <p>On a record component it marks the accessor too; on a method, the derived field of that name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface OnScale {

    KnowledgeScale value();

    /** Whether the empty word is allowed too (a caveat about a whole element has no dimension). */
    boolean orEmpty() default false;
}
