package org.mingle.domain.webhooks;

import java.net.URI;

/** Posts one delivery's body to its address. Never throws: a failure is an {@link Answer} with the error. */
interface WebhookTransport {

    Answer post(URI url, String body, String signature);
}
