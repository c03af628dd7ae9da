package org.mingle.domain.mail;

import jakarta.mail.MessagingException;

/** The mail server refused a mail for good (a 5xx answer): retrying cannot help. */
class MailRefusedException extends MessagingException {

    MailRefusedException(String reason) {
        super(reason);
    }
}
