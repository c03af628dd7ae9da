package org.mingle.server;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.MDC;

/** A stand-in API for the server's tests; the real controllers live in the api module. */
@Controller("/api/test")
class TestApi {

    static volatile CountDownLatch slowStarted = new CountDownLatch(1);

    @Get(uri = "/ping", produces = MediaType.TEXT_PLAIN)
    String ping() {
        return "pong";
    }

    @Post(uri = "/echo-length", consumes = MediaType.TEXT_PLAIN, produces = MediaType.TEXT_PLAIN)
    String echoLength(@Body String body) {
        return Integer.toString(body.length());
    }

    /** The request id in the log's MDC while this request is handled. */
    @Get(uri = "/request-id", produces = MediaType.TEXT_PLAIN)
    String requestId() {
        return String.valueOf(MDC.get(RequestIds.MDC_KEY));
    }

    @Get(uri = "/items/{id}", produces = MediaType.TEXT_PLAIN)
    String item(String id) {
        return id;
    }

    @Get(uri = "/slow", produces = MediaType.TEXT_PLAIN)
    String slow() throws InterruptedException {
        slowStarted.countDown();
        TimeUnit.MILLISECONDS.sleep(1500);
        return "finished";
    }
}
