package org.mingle.web.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the scanner passes on from the browser, and what it says when the camera cannot be had. */
class QrScannerTest {

    private final QrScanner scanner = new QrScanner("test-scanner", "Scan with the camera");
    private final List<String> read = new ArrayList<>();

    QrScannerTest() {
        scanner.addScanListener(read::add);
    }

    @Test
    void passesOnWhatTheRunningCameraReadsStripped() {
        scanner.start();
        scanner.scanned("  ABCDEFGH23\n");
        assertThat(read).containsExactly("ABCDEFGH23");
    }

    @Test
    void ignoresWhatArrivesWhileStoppedBlankOrTooLong() {
        scanner.scanned("ABCDEFGH23");
        scanner.start();
        scanner.scanned("   ");
        scanner.scanned(null);
        scanner.scanned("x".repeat(QrScanner.MAX_TEXT + 1));
        scanner.stop();
        scanner.scanned("ABCDEFGH23");
        assertThat(read).isEmpty();
    }

    @Test
    void aRefusedCameraSaysSoAndOffersTheTypedWay() {
        scanner.start();
        scanner.cameraFailed("refused");
        assertThat(scanner.isRunning()).isFalse();
        assertThat(scanner.getElement().getAttribute("data-camera")).isEqualTo("failed");
        assertThat(status()).contains("may not use the camera").contains("type the code");
    }

    @Test
    void noCameraOrAnInsecurePageSaysWhy() {
        scanner.cameraFailed("absent");
        assertThat(status()).isEqualTo("No camera was found. Type the code instead.");
        scanner.cameraFailed("insecure");
        assertThat(status()).contains("HTTPS");
        scanner.cameraFailed("something unheard of");
        assertThat(status()).startsWith("No camera was found");
    }

    @Test
    void aCameraThatStartsAfterBeingStoppedStaysOff() {
        scanner.start();
        scanner.stop();
        scanner.cameraStarted("jsQR");
        assertThat(scanner.getElement().getAttribute("data-camera")).isEqualTo("off");
        assertThat(toggle()).isEqualTo("Scan with the camera");
    }

    @Test
    void theButtonSaysWhatItWillDo() {
        assertThat(toggle()).isEqualTo("Scan with the camera");
        scanner.start();
        assertThat(toggle()).isEqualTo("Stop the camera");
        scanner.cameraStarted("BarcodeDetector");
        assertThat(scanner.getElement().getAttribute("data-camera")).isEqualTo("on");
        assertThat(scanner.getElement().getAttribute("data-decoder")).isEqualTo("BarcodeDetector");
        scanner.stop();
        assertThat(toggle()).isEqualTo("Scan with the camera");
    }

    private String status() {
        return scanner.getChildren().filter(child -> "test-scanner-status".equals(child.getId().orElse("")))
                .findFirst().orElseThrow().getElement().getText();
    }

    private String toggle() {
        return scanner.getChildren().filter(child -> "test-scanner-toggle".equals(child.getId().orElse("")))
                .findFirst().orElseThrow().getElement().getText();
    }
}
