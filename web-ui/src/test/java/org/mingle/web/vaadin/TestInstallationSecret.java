package org.mingle.web.vaadin;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import org.mingle.domain.shared.InstallationSecret;

/** The installation secret of the view tests; the API module provides the real one. */
@Singleton
class TestInstallationSecret implements InstallationSecret {

    @Override
    public byte[] bytes() {
        return "a test-only secret for signing mail links, 48+ bytes".getBytes(StandardCharsets.UTF_8);
    }
}
