package jp.lg.platform.notifications;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jp.lg.platform.events.directory.Person;
import jp.lg.platform.events.directory.TenantPeople;
import jp.lg.platform.events.experts.ExpertChanged;
import jp.lg.platform.events.messaging.ChannelChanged;
import jp.lg.platform.events.notifications.NotificationPreferencesChanged;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * What the router knows of the world, read from the global stores of {@link NotificationRouter}:
 * channels and their members, each tenant's people, preferences and experts. A person who is a
 * channel member one by one is found by user id through an index of the people store, rebuilt
 * when someone is missing from it. Not thread-safe: one per stream task.
 */
final class RouterDirectory {

    private final Function<String, ReadOnlyKeyValueStore<String, Object>> stores;
    private Map<String, Recipient> byUserId = Map.of();

    RouterDirectory(Function<String, ReadOnlyKeyValueStore<String, Object>> stores) {
        this.stores = stores;
    }

    Optional<ChannelChanged> channel(String channelId) {
        return value(NotificationRouter.CHANNELS_STORE, channelId, ChannelChanged.class);
    }

    List<Recipient> peopleOf(String tenantCode) {
        return value(NotificationRouter.PEOPLE_STORE, tenantCode, TenantPeople.class)
                .map(people -> people.getPeople().stream().map(p -> recipient(tenantCode, p)).toList())
                .orElse(List.of());
    }

    /** Every member of the channel once: all people of its tenants, then its members one by one. */
    List<Recipient> members(ChannelChanged channel) {
        Map<String, Recipient> members = new LinkedHashMap<>();
        for (String tenant : channel.getTenantCodes()) {
            peopleOf(tenant).forEach(r -> members.putIfAbsent(r.userId(), r));
        }
        for (String userId : channel.getUserIds()) {
            person(userId).ifPresent(r -> members.putIfAbsent(r.userId(), r));
        }
        return new ArrayList<>(members.values());
    }

    Optional<Recipient> person(String userId) {
        Recipient known = byUserId.get(userId);
        if (known == null) {
            byUserId = indexPeople();
            known = byUserId.get(userId);
        }
        return Optional.ofNullable(known);
    }

    NotificationPreferences preferences(String userId) {
        return value(NotificationRouter.PREFERENCES_STORE, userId, NotificationPreferencesChanged.class)
                .map(NotificationPreferences::of)
                .orElse(NotificationPreferences.DEFAULTS);
    }

    /** The expert as a person: their username among the people of the tenant that employs them. */
    Optional<Recipient> expert(String expertId) {
        return value(NotificationRouter.EXPERTS_STORE, expertId, ExpertChanged.class)
                .flatMap(expert -> byUsername(expert.getMeta().getTenantCode(), expert.getUsername()));
    }

    private Optional<Recipient> byUsername(String tenantCode, String username) {
        return value(NotificationRouter.PEOPLE_STORE, tenantCode, TenantPeople.class).flatMap(people ->
                people.getPeople().stream().filter(p -> p.getUsername().equals(username)).findFirst()
                        .map(p -> recipient(tenantCode, p)));
    }

    private Map<String, Recipient> indexPeople() {
        Map<String, Recipient> index = new HashMap<>();
        try (KeyValueIterator<String, Object> all = stores.apply(NotificationRouter.PEOPLE_STORE).all()) {
            while (all.hasNext()) {
                KeyValue<String, Object> entry = all.next();
                if (unwrap(entry.value) instanceof TenantPeople people) {
                    people.getPeople().forEach(p -> index.put(p.getUserId(), recipient(entry.key, p)));
                }
            }
        }
        return index;
    }

    private static Recipient recipient(String tenantCode, Person person) {
        return new Recipient(person.getUserId(), tenantCode, person.getDisplayName());
    }

    private <V> Optional<V> value(String store, String key, Class<V> type) {
        if (key == null) {
            return Optional.empty();
        }
        Object value = unwrap(stores.apply(store).get(key));
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    /** Stores of global tables hold each value with its timestamp. */
    private static Object unwrap(Object stored) {
        return stored instanceof ValueAndTimestamp<?> timed ? timed.value() : stored;
    }
}
