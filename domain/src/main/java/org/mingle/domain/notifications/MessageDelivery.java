package org.mingle.domain.notifications;

/**
 * Where an organizer's message stands: its recipients, and of their mails how many the mail server took, how many
 * still wait and how many failed. Recipients who chose the daily digest or the app only get no mail of their own.
 */
public record MessageDelivery(OrganizerMessage message, int mailed, int waiting, int failed) {
}
