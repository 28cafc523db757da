package jp.lg.platform.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Time;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.events.Outbox;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.events.notifications.NotificationPreferencesChanged;
import org.jdbi.v3.core.Handle;

/**
 * Each person's notification preferences: stored in {@code notification_preferences} and
 * published as {@code NotificationPreferencesChanged} (for the router) in the same transaction.
 */
public final class PreferencesService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TenantTransactions transactions;
    private final EventMetadataFactory events;

    PreferencesService(TenantTransactions transactions, EventMetadataFactory events) {
        this.transactions = transactions;
        this.events = events;
    }

    public NotificationPreferences get(LgPrincipal caller) {
        return transactions.inTenant(Recipients.tenantOf(caller), h -> find(h, caller.userId()))
                .orElse(NotificationPreferences.DEFAULTS);
    }

    /** Replaces the caller's preferences; 400 naming every bad field, nothing written. */
    public NotificationPreferences put(LgPrincipal caller, NotificationPreferencesInput input) {
        LgCode tenant = Recipients.tenantOf(caller);
        NotificationPreferences preferences = PreferencesRules.read(input);
        return transactions.inTenant(tenant, h -> {
            h.createUpdate("insert into notification_preferences (user_id, tenant_code, default_level, channel_levels,"
                            + " digest, email, quiet_start, quiet_end) values (:user, :tenant, :level, cast(:channels as jsonb),"
                            + " :digest, :email, :start, :end) on conflict (user_id) do update set default_level = excluded.default_level,"
                            + " channel_levels = excluded.channel_levels, digest = excluded.digest, email = excluded.email,"
                            + " quiet_start = excluded.quiet_start, quiet_end = excluded.quiet_end, updated_at = now()")
                    .bind("user", caller.userId())
                    .bind("tenant", tenant.value())
                    .bind("level", preferences.defaultLevel().name())
                    .bind("channels", json(preferences.channelLevels()))
                    .bind("digest", preferences.digest().name())
                    .bind("email", preferences.email())
                    .bind("start", preferences.quietHours().map(q -> Time.valueOf(q.start())).orElse(null))
                    .bind("end", preferences.quietHours().map(q -> Time.valueOf(q.end())).orElse(null))
                    .execute();
            publish(h, caller, tenant, preferences);
            return preferences;
        });
    }

    private void publish(Handle h, LgPrincipal caller, LgCode tenant, NotificationPreferences p) {
        CommandContext command = CommandContext.of(caller);
        Map<String, String> levels = new TreeMap<>();
        p.channelLevels().forEach((channel, level) -> levels.put(channel, level.name()));
        Outbox.append(h, NotificationTopics.PREFERENCES, caller.userId(), NotificationPreferencesChanged.newBuilder()
                .setMeta(events.create(Optional.of(tenant.value()), command.actor(), command.correlationId()))
                .setUserId(caller.userId())
                .setDefaultLevel(p.defaultLevel().name())
                .setChannelLevels(levels)
                .setDigest(p.digest().name())
                .setEmail(p.email())
                .setQuietStart(p.quietHours().map(q -> q.start().toString()).orElse(null))
                .setQuietEnd(p.quietHours().map(q -> q.end().toString()).orElse(null))
                .build());
    }

    private static Optional<NotificationPreferences> find(Handle h, String userId) {
        return h.createQuery("select default_level, channel_levels::text as channels, digest, email, quiet_start, quiet_end"
                        + " from notification_preferences where user_id = :user")
                .bind("user", userId)
                .map((rs, ctx) -> {
                    Time start = rs.getTime("quiet_start");
                    Time end = rs.getTime("quiet_end");
                    Map<String, NotificationLevel> levels = new TreeMap<>();
                    levels(rs.getString("channels")).forEach((c, l) -> levels.put(c, NotificationLevel.valueOf(l)));
                    return new NotificationPreferences(NotificationLevel.valueOf(rs.getString("default_level")), levels,
                            Digest.valueOf(rs.getString("digest")), rs.getBoolean("email"),
                            start == null ? Optional.empty() : Optional.of(new QuietHours(start.toLocalTime(), end.toLocalTime())));
                })
                .findOne();
    }

    private static String json(Map<String, NotificationLevel> levels) {
        try {
            return JSON.writeValueAsString(levels);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> levels(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("channel_levels is not a JSON object: " + json, e);
        }
    }
}
