package org.kenes;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(KenesApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicTypesAndDeclaredDependencies() {
        // given the business modules as packages, when verified, then no module reaches into another's internals
        modules.verify();
    }
}
