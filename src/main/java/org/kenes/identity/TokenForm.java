package org.kenes.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record TokenForm(@NotBlank @Size(max = 100) String name) {
}
