package no.planspor.workbook.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import no.planspor.followup.State;
import no.planspor.followup.StatusReport;
import no.planspor.plan.Party;
import no.planspor.plan.PlanItem;
import no.planspor.plan.Shortlist;

/**
 * What one row of the plan sheet says about its item, in the plan's terms: codes, not names; text
 * trimmed, blank as none. The same shape for the row as read, the item as exported (kept in the hidden
 * sheet) and the item as it is now, so that the three can be compared field by field.
 */
public record RowValues(String code, String label, List<String> indicators, List<String> responsible,
		LocalDate deadline, String comment, List<String> shortlists, StatusValue status) {

	public RowValues {
		code = clean(code);
		label = clean(label);
		comment = clean(comment);
		indicators = List.copyOf(indicators);
		responsible = List.copyOf(responsible);
		shortlists = List.copyOf(shortlists);
	}

	/** The fields a row changes, in the order a preview names them. */
	public enum Field {
		CODE, LABEL, INDICATORS, RESPONSIBLE, DEADLINE, COMMENT, SHORTLISTS;

		public Column column(Column level) {
			return switch (this) {
				case CODE -> Column.CODE;
				case LABEL -> level;
				case INDICATORS -> Column.INDICATORS;
				case RESPONSIBLE -> Column.RESPONSIBLE;
				case DEADLINE -> Column.DEADLINE;
				case COMMENT -> Column.COMMENT;
				case SHORTLISTS -> Column.SHORTLISTS;
			};
		}
	}

	/** A status as the follow-up columns hold it; {@code state} null is "no status". */
	public record StatusValue(State state, Integer progress, LocalDate asOf, String text) {

		public static final StatusValue NONE = new StatusValue(null, null, null, null);

		public StatusValue {
			text = clean(text);
		}

		public static StatusValue of(StatusReport report) {
			return report == null ? NONE : new StatusValue(report.state(), report.progress(), report.asOf(), report.text());
		}

		public boolean isNone() {
			return state == null && progress == null && asOf == null && text == null;
		}
	}

	public static RowValues of(PlanItem item, StatusReport latest) {
		return new RowValues(item.code(), item.label(),
				item.indicators().stream().map(indicator -> indicator.text()).toList(),
				item.responsible().stream().map(Party::code).toList(), item.deadline(), item.comment(),
				item.shortlists().stream().map(Shortlist::code).toList(), StatusValue.of(latest));
	}

	public Object get(Field field) {
		return switch (field) {
			case CODE -> code;
			case LABEL -> label;
			case INDICATORS -> indicators;
			case RESPONSIBLE -> responsible;
			case DEADLINE -> deadline;
			case COMMENT -> comment;
			case SHORTLISTS -> shortlists;
		};
	}

	public boolean same(RowValues other, Field field) {
		return Objects.equals(get(field), other.get(field));
	}

	static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
