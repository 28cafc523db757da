package jp.lg.platform.experts.scheduling;

import static jp.lg.platform.experts.scheduling.ScheduleFixtures.town;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TravelTimeTest {

    private final Office prefecturalOffice = town("Ehime").office();
    private final Office ainan = town("Ainan").office();

    @Test
    void measuresGreatCircleDistanceFromEhimePrefecturalOfficeToAinan() {
        assertThat(prefecturalOffice.distanceKm(ainan)).isCloseTo(99.3, within(0.1));
        assertThat(ainan.distanceKm(prefecturalOffice)).isCloseTo(prefecturalOffice.distanceKm(ainan), within(1e-9));
    }

    @Test
    void drivesToAinanInAboutThreeHoursOnMountainRoads() {
        TravelTime travel = new TravelTime(1.3, 40);

        assertThat(travel.roadKm(prefecturalOffice, ainan)).isCloseTo(129.1, within(0.1));
        assertThat(travel.minutes(prefecturalOffice, ainan)).isEqualTo(194);
    }

    @Test
    void takesLessTimeWithStraighterRoadsOrHigherSpeed() {
        assertThat(new TravelTime(1.0, 40).minutes(prefecturalOffice, ainan)).isEqualTo(149);
        assertThat(new TravelTime(1.3, 60).minutes(prefecturalOffice, ainan)).isEqualTo(130);
    }

    @Test
    void needsNoTimeWithinOneOffice() {
        assertThat(TravelTime.EHIME_DEFAULT.minutes(ainan, ainan)).isZero();
    }

    @Test
    void rejectsARoadShorterThanTheStraightLine() {
        assertThatThrownBy(() -> new TravelTime(0.9, 40)).isInstanceOf(IllegalArgumentException.class);
    }
}
