package org.mingle.web.scanning;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.mingle.web.shell.Translations;

/**
 * A camera that reads QR codes, in the browser and without an app (decision 35): a button that starts and stops the
 * phone's rear camera, the live picture, and a line that says what the camera is doing (read out by screen readers).
 * Each decoded text reaches the {@link #addScanListener listeners} on the server; the frames themselves never leave
 * the phone. The decoding script is loaded by the first scanner a page starts, so pages without one never load it.
 * The camera stops when the scanner leaves the page.
 *
 * <p>Where the camera is refused or missing the scanner says so, and the page's typed field stays the way in.
 */
public class QrScanner extends Div {

    /** The same code seen again within this time of its last sighting is not reported again. */
    static final Duration SAME_CODE_IGNORED = Duration.ofSeconds(3);
    /** Longer than any code Mingle makes; a longer text is nobody's code, and is not passed on. */
    static final int MAX_TEXT = 2_000;

    /** Loads the script once per page, then starts this scanner; the script's address is relative to the app. */
    private static final String LOAD_AND_START = """
            const host = this;
            const go = () => window.mingleScanner.start(host, $0);
            if (window.mingleScanner) { go(); return; }
            let script = document.querySelector('script[data-mingle-scanner]');
            if (!script) {
              script = document.createElement('script');
              script.src = new URL('scanning/qr-scanner.js', document.baseURI).href;
              script.setAttribute('data-mingle-scanner', '');
              script.onerror = () => host.$server.cameraFailed('absent');
              document.head.appendChild(script);
            }
            script.addEventListener('load', go);
            """;
    private static final String STOP = "window.mingleScanner && window.mingleScanner.stop(this)";
    private static final String STOP_DETACHED = "window.mingleScanner && window.mingleScanner.stopDetached()";

    private final Button toggle = new Button();
    private final Element video = new Element("video");
    private final Span status = new Span();
    private final List<SerializableConsumer<String>> listeners = new ArrayList<>();
    private final String startLabel;
    private boolean running;

    /**
     * @param id         the element id; its parts are named after it ({@code id-toggle}, {@code id-status})
     * @param startLabel what the button says to start the camera, such as "Scan with the camera"
     */
    public QrScanner(String id, String startLabel) {
        this.startLabel = startLabel;
        setId(id);
        addClassName("qr-scanner");

        toggle.setId(id + "-toggle");
        toggle.addClassName("qr-scanner-toggle");
        toggle.addClickListener(click -> {
            if (running) {
                stop();
            } else {
                start();
            }
        });

        var frame = new Div();
        frame.addClassName("qr-scanner-frame");
        video.setAttribute("muted", true);
        video.setAttribute("playsinline", true);
        video.setAttribute("autoplay", true);
        video.setAttribute("aria-label", Translations.translate("scanning.camera.picture"));
        video.getClassList().add("qr-scanner-video");
        frame.getElement().appendChild(video);

        status.setId(id + "-status");
        status.addClassName("qr-scanner-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");

        add(toggle, frame, status);
        showStopped("");
    }

    /** Called with each text the camera reads, except a repeat within {@link #SAME_CODE_IGNORED}. */
    public Registration addScanListener(SerializableConsumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Asks for the camera and starts reading; the browser may ask the person first. */
    public void start() {
        running = true;
        toggle.setText(Translations.translate("scanning.camera.stop"));
        toggle.setIcon(VaadinIcon.STOP.create());
        getElement().setAttribute("data-camera", "starting");
        video.removeAttribute("hidden");
        status.setText(Translations.translate("scanning.camera.starting"));
        getElement().executeJs(LOAD_AND_START, (int) SAME_CODE_IGNORED.toMillis());
    }

    public void stop() {
        getElement().executeJs(STOP);
        showStopped(Translations.translate("scanning.camera.off"));
    }

    public boolean isRunning() {
        return running;
    }

    /** A short tone on the phone, so the door hears the outcome without looking. */
    public void beep(Tone tone) {
        getElement().executeJs("window.mingleScanner && window.mingleScanner.beep($0)", tone.name().toLowerCase());
    }

    /** The tones {@link #beep} plays. */
    public enum Tone { SUCCESS, WARNING, FAILURE }

    /** The camera shows its picture; {@code decoder} says what reads it: the browser's own detector, or jsQR. */
    @ClientCallable
    void cameraStarted(String decoder) {
        if (!running) {
            return; // stopped meanwhile: the script has let go of the camera already
        }
        getElement().setAttribute("data-camera", "on");
        getElement().setAttribute("data-decoder", "BarcodeDetector".equals(decoder) ? "BarcodeDetector" : "jsQR");
        status.setText(Translations.translate("scanning.camera.on"));
    }

    @ClientCallable
    void cameraFailed(String reason) {
        showStopped(Translations.translate(switch (reason == null ? "" : reason) {
            case "refused" -> "scanning.camera.refused";
            case "busy" -> "scanning.camera.busy";
            case "insecure" -> "scanning.camera.insecure";
            default -> "scanning.camera.absent";
        }));
        getElement().setAttribute("data-camera", "failed");
    }

    @ClientCallable
    void scanned(String text) {
        if (!running || text == null || text.isBlank() || text.length() > MAX_TEXT) {
            return;
        }
        String read = text.strip();
        List.copyOf(listeners).forEach(listener -> listener.accept(read));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (running) {
            // The element is gone from the page; the script stops whatever camera it held for it.
            detach.getUI().getPage().executeJs(STOP_DETACHED);
            showStopped("");
        }
    }

    private void showStopped(String message) {
        running = false;
        toggle.setText(startLabel);
        toggle.setIcon(VaadinIcon.CAMERA.create());
        getElement().setAttribute("data-camera", "off");
        video.setAttribute("hidden", true);
        status.setText(message);
    }
}
