package jp.lg.platform.procedures;

import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.problem;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.support.PlatformApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public operations' rate limit per client address, on an application of its own (the bucket is
 * per instance): applying, the status, a correction and a file all draw on the same bucket.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PublicRateLimitIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    @Test
    void aClientBeyondItsLimitIsRefusedBeforeItsBodyIsRead() {
        for (int i = 0; i < ProceduresModule.PUBLIC_REQUESTS; i++) {
            problem(call(APP, "/public/v1/applications/NO-SUCH-REF", null)
                    .header(PublicApplicationResource.SECRET_HEADER, "x").get(), 404, "not-found");
        }

        problem(call(APP, "/public/v1/applications/NO-SUCH-REF", null)
                .header(PublicApplicationResource.SECRET_HEADER, "x").get(), 429, "too-many-requests");
        problem(call(APP, "/public/v1/074071/procedures/any/applications", null).post(Entity.json("not json")),
                429, "too-many-requests");
        problem(call(APP, "/public/v1/applications/NO-SUCH-REF", null).header(PublicApplicationResource.SECRET_HEADER, "x")
                .put(Entity.json("not json")), 429, "too-many-requests");
        problem(call(APP, "/public/v1/applications/NO-SUCH-REF/attachments?code=identity-document&filename=a.pdf", null)
                .header(PublicApplicationResource.SECRET_HEADER, "x")
                .post(Entity.entity(new byte[16 * 1024], MediaType.APPLICATION_OCTET_STREAM)), 429, "too-many-requests");
    }
}
