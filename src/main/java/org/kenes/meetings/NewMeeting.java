package org.kenes.meetings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A meeting as the secretariat plans it; the date and time are in the network's time zone. */
public record NewMeeting(
        @NotNull MeetingType type,
        UUID workingGroupId,
        @NotBlank @Size(max = 300) String title,
        @NotNull LocalDate date,
        @NotNull LocalTime time,
        @NotNull @Min(15) @Max(600) Integer durationMinutes,
        @Size(max = 300) String place,
        @Size(max = 500) @Pattern(regexp = "^$|^https://\\S+$", message = "{meeting.onlineLink.invalid}") String onlineLink,
        @Size(max = 300) String unctMeeting) {
}
