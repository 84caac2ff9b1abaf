package no.planspor.round.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link RoundSchedule} every hour of the working day, in Norwegian time
 * ({@code planspor.rounds.schedule}, a cron expression; "-" turns it off, as the tests do, which run it
 * themselves with the day they need).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RoundScheduling {

	private static final Logger LOG = LoggerFactory.getLogger(RoundScheduling.class);

	private final RoundSchedule schedule;

	private final Clock clock;

	RoundScheduling(RoundSchedule schedule, Clock clock) {
		this.schedule = schedule;
		this.clock = clock;
	}

	@Scheduled(cron = "${planspor.rounds.schedule:0 5 7-17 * * MON-FRI}", zone = "Europe/Oslo")
	void hourly() {
		RoundSchedule.Outcome outcome = schedule.run(LocalDate.now(clock));
		if (outcome.reminders() + outcome.summaries() + outcome.closed() > 0) {
			LOG.info("Reporting rounds: {} reminder(s), {} summary(ies), {} round(s) closed", outcome.reminders(),
					outcome.summaries(), outcome.closed());
		}
	}
}
