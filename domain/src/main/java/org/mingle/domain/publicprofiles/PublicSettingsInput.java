package org.mingle.domain.publicprofiles;

/**
 * Public page settings as typed. A {@code null} keeps the current value, so a client that knows nothing of public
 * pages cannot switch one off or lose its handle by saving the rest of the profile; an empty handle removes it.
 */
public record PublicSettingsInput(String handle, Boolean publicProfile, Boolean allowSearchEngines) {

    /** Keeps everything as it is. */
    public static PublicSettingsInput unchanged() {
        return new PublicSettingsInput(null, null, null);
    }
}
