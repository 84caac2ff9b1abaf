package no.planspor.followup.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import org.springframework.stereotype.Component;

import no.planspor.followup.AsOfDates;
import no.planspor.followup.State;
import no.planspor.followup.StatusUpdate;
import no.planspor.plan.PlanReader;
import no.planspor.web.FormErrors;

/**
 * What the status form templates ask for ({@code ${@statusForms…}}): the states in the order a
 * person thinks of them, today's blank form, and an HTML id per item so that many forms can share
 * one page (the plan table, "Mine tiltak").
 */
@Component("statusForms")
public class StatusForms {

	/** The order of the choices: from not begun, through the troubled states, to the end states. */
	private static final List<State> CHOICES = List.of(State.NOT_STARTED, State.ON_TRACK, State.AT_RISK,
			State.DELAYED, State.ON_HOLD, State.DONE, State.CANCELLED);

	private final Clock clock;

	private final PlanReader plans;

	StatusForms(Clock clock, PlanReader plans) {
		this.clock = clock;
		this.plans = plans;
	}

	public List<State> states() {
		return CHOICES;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The as-of dates plan {@code planCode}'s forms offer (the date picker's min and max). */
	public AsOfDates asOfDates(String planCode) {
		return plans.find(planCode).map(plan -> AsOfDates.of(plan.periodFrom(), plan.periodTo(), today()))
			.orElseGet(() -> new AsOfDates(null, today()));
	}

	/** A blank form as of the latest date allowed: today, or the last day of an ended plan. */
	public StatusForm blank(AsOfDates dates) {
		return StatusForm.blank(dates.latest());
	}

	/**
	 * The form to show: {@code typed} (a refused form coming back) if there is one, else a correction of
	 * update {@code correcting} (an id from the address, {@code ?corrects=12}) if the timeline has it
	 * and it may be corrected, else a blank form as of the latest of {@code dates}.
	 */
	public StatusForm form(StatusForm typed, StatusTimeline timeline, String correcting, AsOfDates dates) {
		if (typed != null) {
			return typed;
		}
		if (timeline != null && correcting != null && correcting.matches("\\d{1,18}")) {
			StatusUpdate update = timeline.find(Long.valueOf(correcting));
			if (update != null && timeline.correctable().contains(update)) {
				return StatusForm.correcting(update);
			}
		}
		return blank(dates);
	}

	// Compiled once: a page of a hundred rows asks for a hundred keys.
	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]+");

	private static final Pattern EDGE_DASHES = Pattern.compile("^-|-$");

	/**
	 * A stable HTML id for one item's form: readable (from the codes) and unique (with a checksum,
	 * since "T1.1 a)" and "T1.1-a-" would otherwise meet).
	 */
	public String key(String planCode, String itemCode) {
		String raw = planCode + "\u0000" + itemCode;
		CRC32 crc = new CRC32();
		crc.update(raw.getBytes(StandardCharsets.UTF_8));
		String readable = EDGE_DASHES.matcher(NOT_ALPHANUMERIC.matcher(itemCode).replaceAll("-")).replaceAll("");
		return "status-" + (readable.isEmpty() ? "" : readable + "-") + Long.toString(crc.getValue(), 36);
	}

	/** For a form shown without problems. */
	public FormErrors noErrors() {
		return FormErrors.none();
	}

	/** When an update was recorded, in Norwegian time (the clock's zone). */
	public ZonedDateTime local(Instant instant) {
		return instant.atZone(clock.getZone());
	}

	/** The states that need a narrative, for the hint. */
	public List<State> narrativeStates() {
		return Arrays.stream(State.values()).filter(State::needsNarrative).toList();
	}
}
