package org.kenes.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.kenes.support.Installation;
import org.springframework.core.NestedExceptionUtils;

class MalformedConfigurationTests {

    @Test
    void aMalformedToRFileStopsStartUpWithAMessageNamingFileLineAndField() {
        // given a ToR file whose time zone does not exist
        Installation application = new Installation(
                        "spring.datasource.url=jdbc:h2:mem:malformed;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                        "server.port=0",
                        "kenes.networks.locations=classpath:malformed-networks/*.yaml");

        // when the application starts
        Throwable failure = catchThrowable(() -> application.run().close());

        // then it refuses to start, and says which file, line and field to fix
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        assertThat(cause).isInstanceOf(InvalidNetworkConfiguration.class)
                .hasMessage("Invalid network configuration broken.yaml, line 6, field 'time-zone': "
                        + "'Asia/Nowhere' is not a time zone such as Asia/Almaty");
    }
}
