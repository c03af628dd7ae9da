package org.mingle.domain.mail;

import jakarta.mail.MessagingException;

/** Opens connections to the mail server; the worker sends a batch over one connection. */
interface MailTransport {

    MailConnection open() throws MessagingException;

    /** One connection to the mail server. */
    interface MailConnection extends AutoCloseable {

        /**
         * @throws MailRefusedException when the server refuses this mail for good (an unknown address)
         * @throws MessagingException   when it may go through later (the server is away, busy or timed out)
         */
        void send(QueuedMail mail) throws MessagingException;

        @Override
        void close();
    }
}
