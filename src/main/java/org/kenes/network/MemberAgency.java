package org.kenes.network;

import org.kenes.shared.LocalizedText;

/** A member organisation named in the ToR, with its name from the UN entity reference list. */
public record MemberAgency(String code, LocalizedText name, String website) {
}
