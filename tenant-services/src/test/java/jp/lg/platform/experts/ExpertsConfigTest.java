package jp.lg.platform.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.configuration.ConfigurationValidationException;
import io.dropwizard.configuration.ResourceConfigurationSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import jp.lg.platform.experts.scheduling.TravelTime;
import org.junit.jupiter.api.Test;

/** The {@code experts} configuration section: travel estimates for the scheduler. */
class ExpertsConfigTest {

    private final YamlConfigurationFactory<ExpertsConfig> factory = new YamlConfigurationFactory<>(
            ExpertsConfig.class, Validators.newValidator(), Jackson.newObjectMapper(), "experts");

    @Test
    void defaultsToShikokusMountainRoads() throws Exception {
        assertThat(factory.build().travel()).isEqualTo(TravelTime.EHIME_DEFAULT);
    }

    @Test
    void readsRoadFactorAndSpeed() throws Exception {
        TravelTime travel = factory.build(new ResourceConfigurationSourceProvider(), "experts/experts-travel.yml").travel();

        assertThat(travel).isEqualTo(new TravelTime(1.2, 50));
    }

    @Test
    void refusesRoadsShorterThanTheStraightLine() {
        assertThatThrownBy(() -> factory.build(new ResourceConfigurationSourceProvider(),
                "experts/experts-travel-shorter-than-straight.yml"))
                .isInstanceOf(ConfigurationValidationException.class)
                .hasMessageContaining("roadFactor");
    }
}
