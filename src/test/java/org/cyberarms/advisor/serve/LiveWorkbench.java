package org.cyberarms.advisor.serve;

import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.live.EditedPack;
import org.cyberarms.advisor.live.LiveInputs;

/**
 * A real workbench on a free loopback port watching a pack's folders, wired as {@code advisor serve} wires it:
 * answers from {@link LiveInputs}, {@code /api/status} and {@code /api/events} from {@link LiveEndpoints}.
 */
record LiveWorkbench(LiveInputs live, LiveEndpoints endpoints, Workbench workbench) implements AutoCloseable {

    static LiveWorkbench serving(EditedPack pack, String advisorVersion) throws Exception {
        LiveInputs live = LiveInputs.watch(pack.knowledge(), pack.rules(), RunLimits.DEFAULT);
        try {
            LiveEndpoints endpoints = new LiveEndpoints(live);
            return new LiveWorkbench(live, endpoints, Workbench.start(endpoints.addTo(new Workbench.Settings(
                    Workbench.LOOPBACK, 0, endpoints.inputs(), pack.knowledge(), RunLimits.DEFAULT, advisorVersion))));
        } catch (Exception | Error failed) {
            live.close();
            throw failed;
        }
    }

    /** The event streams end first, so that pages see them end; then the server; then the watch. */
    @Override
    public void close() throws Exception {
        endpoints.close();
        workbench.close();
        live.close();
    }
}
