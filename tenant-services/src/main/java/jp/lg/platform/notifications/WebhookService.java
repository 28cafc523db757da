package jp.lg.platform.notifications;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;

/**
 * A town's webhooks: any staff member or coordinator of a tenant manages that tenant's webhooks
 * (register, list, remove, read the delivery log); other tenants' webhooks do not exist for them.
 */
public final class WebhookService {

    /** Webhooks per tenant at most. */
    static final int MAX_PER_TENANT = 10;

    private final TenantTransactions transactions;
    private final WebhookTargets targets;

    WebhookService(TenantTransactions transactions, WebhookTargets targets) {
        this.transactions = transactions;
        this.targets = targets;
    }

    /** Registers a webhook with a fresh secret; 400 naming each bad field, 409 beyond {@value #MAX_PER_TENANT}. */
    public Webhook register(LgPrincipal caller, WebhookInput input) {
        LgCode tenant = Recipients.tenantOf(caller);
        check(input);
        return transactions.inTenant(tenant, h -> {
            long existing = h.createQuery("select count(*) from webhooks").mapTo(Long.class).one();
            if (existing >= MAX_PER_TENANT) {
                throw new ProblemException(ProblemType.QUOTA_EXCEEDED, tenant + " already has " + existing
                        + " webhooks, the most a town may have; remove one first.");
            }
            return h.createQuery("insert into webhooks (id, tenant_code, url, description, secret, created_by)"
                            + " values (:id, :tenant, :url, :description, :secret, :by) returning " + Webhook.COLUMNS)
                    .bind("id", UUID.randomUUID())
                    .bind("tenant", tenant.value())
                    .bind("url", input.url().strip())
                    .bind("description", input.description())
                    .bind("secret", WebhookSignature.newSecret())
                    .bind("by", caller.userId())
                    .map(Webhook::map)
                    .one();
        });
    }

    public List<Webhook> list(LgPrincipal caller) {
        return transactions.inTenant(Recipients.tenantOf(caller), h -> h.createQuery("select " + Webhook.COLUMNS
                + " from webhooks order by seq").map(Webhook::map).list());
    }

    public void remove(LgPrincipal caller, UUID id) {
        int removed = transactions.inTenant(Recipients.tenantOf(caller), h -> h.createUpdate(
                "delete from webhooks where id = :id").bind("id", id).execute());
        if (removed == 0) {
            throw notFound(id);
        }
    }

    /** The webhook's deliveries older than {@code beforeSeq} (0: from the newest), newest first. */
    public List<WebhookDelivery> deliveries(LgPrincipal caller, UUID webhookId, long beforeSeq, int limit) {
        return transactions.inTenant(Recipients.tenantOf(caller), h -> {
            if (h.createQuery("select count(*) from webhooks where id = :id").bind("id", webhookId).mapTo(Long.class).one() == 0) {
                throw notFound(webhookId);
            }
            return h.createQuery("select " + WebhookDelivery.COLUMNS + " from webhook_deliveries where webhook_id = :id"
                            + " and (:before = 0 or seq < :before) order by seq desc limit :limit")
                    .bind("id", webhookId).bind("before", beforeSeq).bind("limit", limit)
                    .map(WebhookDelivery::map).list();
        });
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Your town has no webhook " + id + ".");
    }

    private void check(WebhookInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.url() == null || input.url().isBlank()) {
            errors.add(new FieldError("url", "is required: an absolute http or https URL"));
        } else if (input.url().length() > 2000) {
            errors.add(new FieldError("url", "is longer than 2,000 characters"));
        } else if (!isHttpUrl(input.url().strip())) {
            errors.add(new FieldError("url", "'" + input.url() + "' is not an absolute http or https URL"));
        } else {
            targets.refusal(URI.create(input.url().strip())).ifPresent(why -> errors.add(new FieldError("url", why)));
        }
        if (input.description() != null && input.description().length() > 200) {
            errors.add(new FieldError("description", "is longer than 200 characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
