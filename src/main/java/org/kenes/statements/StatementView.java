package org.kenes.statements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.LocalizedText;

/**
 * A statement as its readers see it: the current version's texts, every version, the endorsement, the co-chair
 * positions with their sign-offs, the delivery.
 *
 * @param outcomeReason     a message key saying why the statement is a draft again, or null
 * @param outcomeProposalId the consultation that reason comes from
 * @param endorsementProposalId the consultation the current version is (or was) put to the members in, or null
 * @param decisionNumber    the number of the decision that endorsed it, in the register of decisions
 */
public record StatementView(UUID id, String networkSlug, UUID workingGroupId, StatementStatus status, InformationLevel level,
                            VersionView current, List<VersionLine> versions, UUID endorsementProposalId,
                            String outcomeReason, UUID outcomeProposalId, Instant endorsedAt, String decisionNumber,
                            List<CoChairLine> coChairs, LocalDate deliveredOn, String occasion, String deliveredBy,
                            Instant deliveredAt, String createdBy, Instant createdAt) {

    public String title(Locale locale) {
        return current.in(locale).title();
    }

    public boolean delivered() {
        return status == StatementStatus.DELIVERED;
    }

    public boolean published() {
        return delivered() && level == InformationLevel.PUBLIC;
    }

    /** A version with its texts in the network's language order. */
    public record VersionView(int number, String note, String author, Instant createdAt, UUID proposalId,
                              List<LanguageText> texts) {

        /** The text in the reader's language, or in the first language. */
        public LanguageText in(Locale locale) {
            return texts.stream().filter(t -> t.language().equals(locale.getLanguage())).findFirst().orElse(texts.getFirst());
        }

        public LanguageText text(String language) {
            return texts.stream().filter(t -> t.language().equals(language)).findFirst().orElse(null);
        }
    }

    /** A version in the list of versions. */
    public record VersionLine(int number, String note, String author, Instant createdAt, UUID proposalId) {
    }

    /**
     * A co-chair position of the ToR and its sign-off, if given.
     *
     * @param title the position as the ToR names it ("UN Resident Coordinator")
     */
    public record CoChairLine(String positionCode, LocalizedText title, SignOff signOff) {

        public boolean signed() {
            return signOff != null;
        }
    }
}
