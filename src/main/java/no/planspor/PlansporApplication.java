package no.planspor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PlansporApplication {

	public static void main(String[] args) {
		StopSignals.exitNormallyWhenStopped();
		SpringApplication.run(PlansporApplication.class, args);
	}
}
