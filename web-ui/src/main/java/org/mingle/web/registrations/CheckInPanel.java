package org.mingle.web.registrations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.mingle.domain.registration.RegistrationStatus;
import org.mingle.web.scanning.QrScanner;

/**
 * The door's answer to one code, big enough to read at arm's length: green for checked in, amber for someone checked
 * in before (and since when), red for a code that lets nobody in (which code, and why), with the person's face and
 * name when the code is someone's. Screen readers hear it as it changes. Before the first code it stands ready, in
 * grey, so the first answer takes its place without moving the camera's picture below it.
 */
final class CheckInPanel extends Div {

    /** The longest part of a refused code the panel repeats; a scanned address can be long. */
    private static final int CODE_SHOWN = 40;

    private final Div face = new Div();
    private final Div result = new Div();

    CheckInPanel() {
        setId("checkin-panel");
        addClassName("checkin-panel");
        face.setId("checkin-face");
        face.addClassName("checkin-face");
        result.setId("checkin-result");
        result.addClassName("checkin-result");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "assertive");
        add(face, result);
        result.setText(getTranslation("registrations.door.ready"));
        addClassName("checkin-panel-ready");
        getElement().setAttribute("data-result", "ready");
    }

    QrScanner.Tone checkedIn(String name, Component photo) {
        return show(getTranslation("registrations.door.checked-in", name), photo, "success", QrScanner.Tone.SUCCESS);
    }

    /** @param since the time of day the person was checked in, or null when unknown */
    QrScanner.Tone alreadyCheckedIn(String name, String since, Component photo) {
        String text = since == null ? getTranslation("registrations.door.already", name)
                : getTranslation("registrations.door.already-since", name, since);
        return show(text, photo, "warning", QrScanner.Tone.WARNING);
    }

    QrScanner.Tone notConfirmed(String name, RegistrationStatus status, Component photo) {
        return show(getTranslation("registrations.door.not-confirmed", getTranslation(
                "registrations.door.status." + status.name().toLowerCase(Locale.ROOT).replace('_', '-')), name), photo,
                "not-confirmed", QrScanner.Tone.FAILURE);
    }

    QrScanner.Tone unknown(String code) {
        String shown = code.length() > CODE_SHOWN ? code.substring(0, CODE_SHOWN) + "…" : code;
        return show(getTranslation("registrations.door.unknown", shown), null, "error", QrScanner.Tone.FAILURE);
    }

    QrScanner.Tone refused(String reason) {
        return show(reason, null, "error", QrScanner.Tone.FAILURE);
    }

    private QrScanner.Tone show(String text, Component photo, String kind, QrScanner.Tone tone) {
        face.removeAll();
        if (photo != null) {
            face.add(photo);
        }
        result.setText(text);
        result.getElement().setAttribute("data-result", kind);
        getElement().setAttribute("data-result", kind);
        setClassName("checkin-panel");
        addClassName("checkin-panel-" + kind);
        return tone;
    }
}
