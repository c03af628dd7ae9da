package org.mingle.web.profiles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mingle.domain.profiles.Goal;
import org.mingle.domain.profiles.Interest;
import org.mingle.domain.profiles.ProfileField;
import org.mingle.domain.profiles.ProfileView;

/**
 * A profile as one viewer may see it. A field the owner hides from this viewer arrives as {@code null} and is simply
 * not there, like a field left empty: the card never says that something is hidden, so hiding reveals nothing.
 *
 * <p>Several cards can share a page (the previews, the matches), so every id starts with the card's own prefix.
 */
public class ProfileCard extends Div {

    private final String prefix;

    /** @param prefix starts the ids of the card's parts: {@code <prefix>-headline}, {@code <prefix>-links} */
    public ProfileCard(String prefix) {
        this.prefix = prefix;
        setId(prefix);
        addClassName("profile-card");
    }

    public ProfileCard(String prefix, ProfileView profile, Avatar face) {
        this(prefix);
        show(profile, face);
    }

    /** @param face the person's face as the viewer sees it ({@link Faces}) */
    public void show(ProfileView profile, Avatar face) {
        removeAll();
        getElement().setAttribute("data-account-id", profile.accountId().toString());

        var name = new H3(profile.displayName());
        name.setId(prefix + "-name");
        name.addClassNames("profile-card-name", LumoUtility.Margin.NONE);
        var who = new Div(name);
        who.addClassName("profile-card-who");
        if (present(profile.headline())) {
            var headline = new Span(profile.headline());
            headline.setId(prefix + "-headline");
            headline.addClassName("profile-card-headline");
            who.add(headline);
        }
        face.setId(prefix + "-face");
        var header = new Div(face, who);
        header.addClassName("profile-card-header");
        add(header);

        var details = new ArrayList<Component>();
        var facts = new Div();
        facts.addClassName("profile-facts");
        if (present(profile.company())) {
            facts.add(fact(ProfileLabels.field(ProfileField.COMPANY), profile.company(), "company"));
        }
        if (present(profile.industry())) {
            facts.add(fact(ProfileLabels.field(ProfileField.INDUSTRY), profile.industry(), "industry"));
        }
        if (profile.seniority() != null) {
            facts.add(fact(ProfileLabels.field(ProfileField.SENIORITY), ProfileLabels.seniority(profile.seniority()),
                    "seniority"));
        }
        if (facts.getComponentCount() > 0) {
            details.add(facts);
        }
        if (present(profile.bio())) {
            var bio = new Paragraph(profile.bio());
            bio.setId(prefix + "-bio");
            bio.addClassNames("profile-card-bio", LumoUtility.Margin.NONE);
            details.add(bio);
        }
        if (profile.interests() != null && !profile.interests().isEmpty()) {
            details.add(section(ProfileLabels.field(ProfileField.INTERESTS), chips(profile.interests()), "interests"));
        }
        if (hasAny(profile.seeking())) {
            details.add(section(getTranslation("profiles.card.seeking"), goals(profile.seeking(), true), "seeking"));
        }
        if (hasAny(profile.offering())) {
            details.add(section(getTranslation("profiles.card.offering"), goals(profile.offering(), false),
                    "offering"));
        }
        if (profile.links() != null && !profile.links().isEmpty()) {
            details.add(section(ProfileLabels.field(ProfileField.LINKS), links(profile.links()), "links"));
        }
        if (details.isEmpty()) {
            var nothing = new Paragraph(getTranslation("profiles.card.nothing"));
            nothing.setId(prefix + "-nothing");
            nothing.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
            details.add(nothing);
        }
        details.forEach(this::add);
    }

    private Div fact(String label, String value, String key) {
        var name = new Span(label);
        name.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var shown = new Span(value);
        shown.setId(prefix + "-" + key);
        var fact = new Div(name, shown);
        fact.addClassName("profile-fact");
        return fact;
    }

    private Div section(String label, Component content, String key) {
        var name = new Span(label);
        name.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        content.setId(prefix + "-" + key);
        var section = new Div(name, content);
        section.addClassName("profile-card-section");
        return section;
    }

    private static Div chips(List<Interest> interests) {
        var chips = new Div();
        chips.addClassName("chips");
        for (Interest interest : interests) {
            var chip = new Span(interest.display());
            chip.getElement().getThemeList().add("badge pill");
            chip.addClassName("chip");
            chips.add(chip);
        }
        return chips;
    }

    private static UnorderedList goals(Set<Goal> goals, boolean seeking) {
        var list = new UnorderedList();
        list.addClassName("plain-list");
        for (Goal goal : ProfileLabels.ordered(goals)) {
            list.add(new ListItem(seeking ? ProfileLabels.seeking(goal) : ProfileLabels.offering(goal)));
        }
        return list;
    }

    /**
     * The owner's links open in a new tab, without handing this page to them, and marked as user content so search
     * engines give them no weight. The domain accepts only http and https addresses, so no script can hide here.
     */
    private static UnorderedList links(List<String> links) {
        var list = new UnorderedList();
        list.addClassName("plain-list");
        for (String link : links) {
            var anchor = new Anchor(link, readable(link), AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener noreferrer nofollow ugc");
            anchor.addClassName("profile-link");
            list.add(new ListItem(anchor));
        }
        return list;
    }

    /** "linkedin.com/in/ada" for "https://www.linkedin.com/in/ada/": the address without its noise. */
    static String readable(String link) {
        String text = link.replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static boolean hasAny(Set<Goal> goals) {
        return goals != null && !goals.isEmpty();
    }
}
