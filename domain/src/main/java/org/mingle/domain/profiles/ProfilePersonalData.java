package org.mingle.domain.profiles;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mingle.domain.personaldata.PersonalDataSection;
import org.mingle.domain.shared.AccountId;

/** The networking profile in the personal-data export; erasure deletes it with its interests and visibility. */
@Singleton
class ProfilePersonalData implements PersonalDataSection {

    private final Profiles profiles;

    ProfilePersonalData(Profiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Object export(AccountId account) {
        return profiles.find(account).map(ProfilePersonalData::toMap).orElse(null);
    }

    @Override
    public void erase(AccountId account) {
        profiles.delete(account);
    }

    private static Map<String, Object> toMap(Profile profile) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("displayName", profile.displayName());
        data.put("headline", profile.headline());
        data.put("bio", profile.bio());
        data.put("company", profile.company());
        data.put("industry", profile.industry());
        data.put("seniority", profile.seniority() == null ? null : profile.seniority().name());
        data.put("interests", profile.interests().stream().map(Interest::display).toList());
        data.put("seeking", profile.seeking().stream().map(Goal::name).toList());
        data.put("offering", profile.offering().stream().map(Goal::name).toList());
        data.put("links", profile.links());
        Map<String, Object> visibility = new LinkedHashMap<>();
        profile.visibility().forEach((field, chosen) -> visibility.put(field.key(), chosen.name()));
        data.put("visibility", visibility);
        data.put("updatedAt", profile.updatedAt() == null ? null : profile.updatedAt().toString());
        return data;
    }
}
