package jp.lg.platform.notifications;

import io.dropwizard.lifecycle.Managed;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
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
 * Sends the e-mail of notifications whose time has come, over SMTP, UTF-8, Japanese first. Per
 * recipient and round: each notification without digest in its own mail, the digest ones
 * together in one. The address is the person's in the people directory; without one the
 * notification is marked NO_ADDRESS. The rows stay locked ({@code skip locked}) while their mail
 * is sent, so two instances never send the same; a failed send is tried again a minute later, up
 * to {@value #MAX_ATTEMPTS} times, then marked FAILED with the error.
 */
final class EmailSender implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(EmailSender.class);
    static final int MAX_ATTEMPTS = 5;

    private final Jdbi jdbi;
    private final EmailConfig config;
    private final Session session;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notification-email");
        thread.setDaemon(true);
        return thread;
    });

    EmailSender(Jdbi jdbi, EmailConfig config) {
        this.jdbi = jdbi;
        this.config = config;
        Properties props = new Properties();
        props.put("mail.smtp.host", config.host());
        props.put("mail.smtp.port", Integer.toString(config.port()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.starttls.enable", Boolean.toString(config.startTls()));
        props.put("mail.smtp.auth", Boolean.toString(config.username() != null));
        props.put("mail.mime.charset", "UTF-8");
        this.session = Session.getInstance(props);
    }

    @Override
    public void start() {
        long every = config.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::sendDue, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        scheduler.shutdownNow();
    }

    /** One round: every recipient with e-mail due now. Returns how many mails were sent. */
    int sendDue() {
        try {
            List<String[]> recipients = jdbi.inTransaction(h -> {
                Workers.enter(h);
                return h.createQuery("select distinct recipient_user_id, tenant_code from notifications"
                                + " where email_status = 'PENDING' and email_due_at <= now() limit 200")
                        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                        .list();
            });
            int sent = 0;
            for (String[] recipient : recipients) {
                sent += jdbi.inTransaction(h -> sendTo(h, recipient[0], LgCode.parse(recipient[1])));
            }
            return sent;
        } catch (RuntimeException e) {
            LOG.warn("Could not send notification e-mail ({}); trying again shortly", e.toString());
            return 0;
        }
    }

    private int sendTo(Handle h, String userId, LgCode tenant) {
        TenantTransactions.enter(h, tenant);
        List<Notification> due = h.createQuery("select " + Notification.COLUMNS + " from notifications"
                        + " where recipient_user_id = :user and email_status = 'PENDING' and email_due_at <= now()"
                        + " order by seq for update skip locked")
                .bind("user", userId).map(Notification::map).list();
        if (due.isEmpty()) {
            return 0;
        }
        Optional<String> address = h.createQuery("select email from people where user_id = :user")
                .bind("user", userId).mapTo(String.class).findOne().filter(a -> !a.isBlank());
        if (address.isEmpty()) {
            mark(h, due, "NO_ADDRESS", "no e-mail address in the people directory / 宛先のメールアドレスが未登録");
            return 0;
        }
        List<List<Notification>> mails = new ArrayList<>();
        List<Notification> digest = due.stream().filter(n -> !"NONE".equals(n.digest())).toList();
        due.stream().filter(n -> !digest.contains(n)).forEach(n -> mails.add(List.of(n)));
        if (!digest.isEmpty()) {
            mails.add(digest);
        }
        int sent = 0;
        for (List<Notification> mail : mails) {
            try {
                send(address.get(), EmailTexts.of(mail), mail);
                mark(h, mail, "SENT", null);
                sent++;
            } catch (MessagingException | UnsupportedEncodingException e) {
                LOG.warn("E-mail to {} failed: {}", userId, e.toString());
                retryLater(h, mail, e.toString());
            }
        }
        return sent;
    }

    private void send(String to, EmailTexts.Mail mail, List<Notification> about)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(config.from(), config.fromName(), StandardCharsets.UTF_8.name()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        message.setHeader("X-LG-Notification-Ids", String.join(",", about.stream().map(n -> n.id().toString()).toList()));
        if (about.stream().anyMatch(n -> "CRITICAL".equals(n.priority()))) {
            message.setHeader("Importance", "high");
            message.setHeader("X-Priority", "1");
        }
        if (config.username() != null) {
            Transport.send(message, config.username(), config.password());
        } else {
            Transport.send(message);
        }
    }

    private static void mark(Handle h, List<Notification> notifications, String status, String detail) {
        h.createUpdate("update notifications set email_status = :status, email_detail = :detail,"
                        + " emailed_at = case when :status = 'SENT' then now() end where id = any(:ids)")
                .bind("status", status).bind("detail", detail)
                .bindArray("ids", UUID.class, notifications.stream().map(Notification::id).toList())
                .execute();
    }

    private static void retryLater(Handle h, List<Notification> notifications, String error) {
        h.createUpdate("update notifications set email_attempts = email_attempts + 1, email_detail = :error,"
                        + " email_status = case when email_attempts + 1 >= " + MAX_ATTEMPTS + " then 'FAILED' else 'PENDING' end,"
                        + " email_due_at = now() + interval '1 minute' where id = any(:ids)")
                .bind("error", error)
                .bindArray("ids", UUID.class, notifications.stream().map(Notification::id).toList())
                .execute();
    }
}
