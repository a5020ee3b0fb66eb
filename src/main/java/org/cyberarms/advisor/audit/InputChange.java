package org.cyberarms.advisor.audit;

/**
 * An input file whose bytes differ from those a trace recorded.
 *
 * @param recordedSha256 the hash in the trace; empty when the file is new
 * @param currentSha256  the hash now; empty when the file is gone
 */
public record InputChange(String path, String recordedSha256, String currentSha256) {

    public String describe() {
        if (currentSha256.isEmpty()) {
            return path + ": no longer read (removed or moved) since the trace was made";
        }
        if (recordedSha256.isEmpty()) {
            return path + ": new input file since the trace was made";
        }
        return path + ": changed since the trace was made (sha256 " + abbreviate(recordedSha256) + " -> " + abbreviate(currentSha256) + ")";
    }

    private static String abbreviate(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) + "..." : sha;
    }
}
