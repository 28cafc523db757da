package jp.lg.platform.experts;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jp.lg.platform.experts.scheduling.TravelTime;

/**
 * The {@code experts} section of the configuration: how the scheduler estimates travel between town offices
 * (great circle × {@code roadFactor} ÷ {@code speedKmh}). Defaults are Shikoku's, {@link TravelTime#EHIME_DEFAULT}.
 */
public class ExpertsConfig {

    @DecimalMin("1.0")
    @DecimalMax("5.0")
    @JsonProperty
    private double roadFactor = TravelTime.EHIME_DEFAULT.roadFactor();

    @DecimalMin(value = "0.0", inclusive = false)
    @DecimalMax("300.0")
    @JsonProperty
    private double speedKmh = TravelTime.EHIME_DEFAULT.speedKmh();

    public TravelTime travel() {
        return new TravelTime(roadFactor, speedKmh);
    }
}
