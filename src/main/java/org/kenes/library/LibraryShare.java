package org.kenes.library;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * An item offered to another network of the installation. It reaches that network once {@link #agreed()}: at once
 * for what is already public, otherwise after the owning network agreed.
 */
@Embeddable
class LibraryShare {

    @Column(name = "network_slug", nullable = false)
    private String networkSlug;

    @Column(name = "offered_by", nullable = false)
    private String offeredBy;

    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;

    @Column(name = "agreed_by")
    private String agreedBy;

    @Column(name = "agreed_at")
    private Instant agreedAt;

    @Column(name = "decision_number")
    private String decisionNumber;

    protected LibraryShare() {
    }

    LibraryShare(String networkSlug, String offeredBy, Instant offeredAt) {
        this.networkSlug = networkSlug;
        this.offeredBy = offeredBy;
        this.offeredAt = offeredAt;
    }

    void agree(String by, String decisionNumber, Instant at) {
        this.agreedBy = by;
        this.decisionNumber = decisionNumber;
        this.agreedAt = at;
    }

    /** Agreed by nobody in particular: the item was public when offered. */
    boolean agreedByPublication() {
        return agreedAt != null && agreedBy == null && decisionNumber == null;
    }

    void withdrawAgreement() {
        this.agreedAt = null;
    }

    boolean agreed() {
        return agreedAt != null;
    }

    String networkSlug() {
        return networkSlug;
    }

    ShareView view() {
        return new ShareView(networkSlug, offeredBy, offeredAt, agreedBy, agreedAt, decisionNumber);
    }
}
