package jp.lg.platform.notifications;

import io.dropwizard.lifecycle.Managed;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts due webhook deliveries, signed per Standard Webhooks. A 2xx answer delivers; anything else
 * (or no answer within the timeout) is retried with exponential backoff ({@link WebhooksConfig});
 * after {@code disableAfter} failures in a row the webhook is switched off, its pending deliveries
 * fail, and the town's staff and coordinators are notified ({@link WebhookDisabledNotice}). The
 * delivery and webhook rows stay locked while posting, so instances never post the same delivery
 * at once; a crash after the receiver answered but before the commit means one more attempt with
 * the same {@code webhook-id}, which receivers recognise.
 */
final class WebhookDispatcher implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final Jdbi jdbi;
    private final WebhooksConfig config;
    private final WebhookDisabledNotice notice;
    private final Clock clock;
    private final HttpClient http;
    private final WebhookTargets targets;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "webhook-dispatcher");
        thread.setDaemon(true);
        return thread;
    });

    WebhookDispatcher(Jdbi jdbi, WebhooksConfig config, WebhookDisabledNotice notice, Clock clock) {
        this.jdbi = jdbi;
        this.config = config;
        this.notice = notice;
        this.clock = clock;
        this.targets = new WebhookTargets(config.allowPrivateAddresses());
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void start() {
        long every = config.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::dispatchDue, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        scheduler.shutdownNow();
    }

    /** One round over the deliveries due now; returns how many attempts were made. */
    int dispatchDue() {
        try {
            List<UUID> due = jdbi.inTransaction(h -> {
                Workers.enter(h);
                return h.createQuery("select d.id from webhook_deliveries d join webhooks w on w.id = d.webhook_id"
                                + " where d.status = 'PENDING' and d.next_attempt_at <= now() and w.active"
                                + " order by d.next_attempt_at limit 50")
                        .mapTo(UUID.class).list();
            });
            int attempts = 0;
            for (UUID id : due) {
                attempts += jdbi.inTransaction(h -> attempt(h, id)) ? 1 : 0;
            }
            return attempts;
        } catch (RuntimeException e) {
            LOG.warn("Webhook round failed ({}); trying again shortly", e.toString());
            return 0;
        }
    }

    private boolean attempt(Handle h, UUID deliveryId) {
        Workers.enter(h);
        Optional<WebhookDelivery> locked = h.createQuery("select " + WebhookDelivery.COLUMNS + " from webhook_deliveries"
                        + " where id = :id and status = 'PENDING' and next_attempt_at <= now() for update skip locked")
                .bind("id", deliveryId).map(WebhookDelivery::map).findOne();
        if (locked.isEmpty()) {
            return false;
        }
        WebhookDelivery delivery = locked.get();
        Webhook webhook = h.createQuery("select " + Webhook.COLUMNS + " from webhooks where id = :id for update")
                .bind("id", delivery.webhookId()).map(Webhook::map).one();
        if (!webhook.active()) {
            return false;
        }
        Outcome outcome = post(webhook, delivery);
        if (outcome.delivered()) {
            h.createUpdate("update webhook_deliveries set status = 'DELIVERED', attempts = attempts + 1,"
                            + " last_attempt_at = now(), delivered_at = now(), last_status_code = :code, last_error = null"
                            + " where id = :id")
                    .bind("code", outcome.status()).bind("id", delivery.id()).execute();
            h.createUpdate("update webhooks set consecutive_failures = 0 where id = :id").bind("id", webhook.id()).execute();
            return true;
        }
        int failures = webhook.consecutiveFailures() + 1;
        h.createUpdate("update webhook_deliveries set attempts = attempts + 1, last_attempt_at = now(),"
                        + " last_status_code = :code, last_error = :error,"
                        + " next_attempt_at = now() + cast(:wait as interval) where id = :id")
                .bind("code", outcome.status()).bind("error", outcome.error())
                .bind("wait", config.backoffAfter(delivery.attempts() + 1).toMillis() + " milliseconds")
                .bind("id", delivery.id()).execute();
        h.createUpdate("update webhooks set consecutive_failures = :failures where id = :id")
                .bind("failures", failures).bind("id", webhook.id()).execute();
        if (failures >= config.disableAfter()) {
            switchOff(h, webhook, failures, outcome);
        }
        return true;
    }

    private void switchOff(Handle h, Webhook webhook, int failures, Outcome last) {
        String reason = failures + " failed attempts in a row; last: " + last.describe();
        h.createUpdate("update webhooks set active = false, disabled_at = now(), disabled_reason = :reason where id = :id")
                .bind("reason", reason).bind("id", webhook.id()).execute();
        h.createUpdate("update webhook_deliveries set status = 'FAILED', next_attempt_at = null,"
                        + " last_error = coalesce(last_error, 'webhook switched off') where webhook_id = :id and status = 'PENDING'")
                .bind("id", webhook.id()).execute();
        TenantTransactions.enter(h, LgCode.parse(webhook.tenantCode()));
        notice.tell(h, webhook, reason, clock.instant());
        LOG.warn("Webhook {} of {} switched off: {}", webhook.id(), webhook.tenantCode(), reason);
    }

    private Outcome post(Webhook webhook, WebhookDelivery delivery) {
        Optional<String> refused = targets.refusal(URI.create(webhook.url()));
        if (refused.isPresent()) {
            return new Outcome(null, "not sent: " + refused.get());
        }
        long timestamp = clock.instant().getEpochSecond();
        String id = delivery.id().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url()))
                .timeout(config.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "lg-platform-webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(webhook.secret(), id, timestamp, delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), null);
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted while posting");
        }
    }

    private record Outcome(Integer status, String error) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }

        String describe() {
            return status != null ? "HTTP " + status : error;
        }
    }
}
