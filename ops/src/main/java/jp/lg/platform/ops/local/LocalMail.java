package jp.lg.platform.ops.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The local stack's mail server: an embedded GreenMail that accepts every notification e-mail the
 * application sends over SMTP and keeps it, readable over IMAP. GreenMail makes a mailbox for each
 * address it receives mail for, with the address as login and password. Ports are picked free at
 * start and printed in the summary.
 */
public final class LocalMail implements AutoCloseable {

    private final GreenMail greenMail;
    private final int smtpPort;
    private final int imapPort;

    private LocalMail(GreenMail greenMail, int smtpPort, int imapPort) {
        this.greenMail = greenMail;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    public static LocalMail start() {
        int smtp = Ports.anyFree();
        int imap = Ports.anyFree();
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        return new LocalMail(greenMail, smtp, imap);
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /** Points the application's notification e-mail at this server ({@code notifications.email}). */
    public void configure(ObjectNode appConfig) {
        appConfig.putObject("notifications").putObject("email")
                .put("host", "127.0.0.1").put("port", smtpPort).put("from", "notifications@lg.invalid");
    }

    /** How to read what was sent to {@code address}, as a shell one-liner. */
    public String readCommand(String address) {
        return "curl -s 'imap://127.0.0.1:" + imapPort + "/INBOX;UID=1' -u " + address + ":" + address;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
