package org.kenes.membership;

/** Who holds a co-chair position on a day: the position of the ToR, the person and the organisation. */
public record CoChair(String positionCode, String fullName, String position, String email, String organisation) {
}
