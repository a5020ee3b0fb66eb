package org.cyberarms.advisor.diff;

/** A git revision could not be read: git is missing, the folder is not in a repository, or the revision is unknown. */
public final class RevisionException extends Exception {

    public RevisionException(String message) {
        super(message);
    }
}
