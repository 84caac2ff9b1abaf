package no.planspor.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Today" is Norwegian time; one clock bean so tests can fix the date. */
@Configuration(proxyBeanMethods = false)
class Clocks {

	static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	@Bean
	Clock clock() {
		return Clock.system(OSLO);
	}
}
