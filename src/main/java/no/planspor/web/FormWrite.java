package no.planspor.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.springframework.http.HttpStatus;

import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;

/**
 * One write from a form and how each of its outcomes is answered: the round trip that every page
 * controller used to spell out as try, catch InvalidInput, catch Conflict, set the status, re-render.
 * The {@code when…} methods and the shaping methods only say what to do; {@link #answer} runs the write
 * and answers. An outcome with no {@code when…} is not caught here: it reaches {@code PageErrors}, which
 * shows the error page (a refused write with no form to show it in).
 *
 * @param <T> what the write gives back on success
 */
public final class FormWrite<T> {

	private final FormPost post;

	private final Supplier<T> write;

	private String labels;

	private List<Problem> read = List.of();

	private UnaryOperator<Problem> eachProblem = UnaryOperator.identity();

	private UnaryOperator<FormErrors> shape = UnaryOperator.identity();

	private Predicate<Problem> formless = problem -> false;

	private Function<List<Problem>, String> onInvalid;

	private Function<Conflict, String> onConflict;

	private final Map<Class<? extends RuntimeException>, Function<RuntimeException, String>> others = new LinkedHashMap<>();

	FormWrite(FormPost post, Supplier<T> write) {
		this.post = post;
		this.write = write;
	}

	// ---------------------------------------------------------------------------------------------
	// How the problems are shown

	/**
	 * The message key prefix of the form's field labels ({@code plan.item.field.}), so that the error
	 * summary names each field ("Kode: Fyll ut feltet.").
	 */
	public FormWrite<T> labels(String prefix) {
		this.labels = prefix;
		return this;
	}

	/**
	 * Problems met while reading the form, before the write (a date that is no date). They do not stop
	 * the write: it runs, so that the service can name its own problems too (a service lists them all),
	 * and if it refuses, these come first and a service problem on a field already named is left out.
	 * A form that must not be written at all with such problems says so in its write
	 * ({@code if (!problems.isEmpty()) throw new InvalidInput(problems);}).
	 */
	public FormWrite<T> reading(List<Problem> problems) {
		this.read = List.copyOf(problems);
		return this;
	}

	/**
	 * Moves each problem to the form's own field names where they differ from the service's (the
	 * service's {@code code} is the form's {@code shortlistCode}).
	 */
	public FormWrite<T> problems(UnaryOperator<Problem> each) {
		this.eachProblem = each;
		return this;
	}

	/**
	 * Problems that have no place in this form (the indicator the form is for does not exist): a refusal
	 * naming one is not shown in the form but goes to the error page.
	 */
	public FormWrite<T> errorPageFor(Predicate<Problem> formless) {
		this.formless = formless;
		return this;
	}

	/** Orders or links the summary ({@link FormErrors#inOrder}, {@link FormErrors#linking}). */
	public FormWrite<T> errors(UnaryOperator<FormErrors> shape) {
		this.shape = shape;
		return this;
	}

	// ---------------------------------------------------------------------------------------------
	// The answers

	/** Refused (400): the page again, given the problems as {@link FormErrors}. */
	public FormWrite<T> whenInvalid(Function<FormErrors, String> page) {
		this.onInvalid = problems -> page.apply(shape.apply(post.errors(problems, labels)));
		return this;
	}

	/**
	 * Refused (400): the problems as {@link FormErrors} in the model as {@code attribute}, then the page
	 * again; for pages with several forms, each with its errors under its own name.
	 */
	public FormWrite<T> whenInvalid(String attribute, Supplier<String> page) {
		return whenInvalid(errors -> {
			post.model().addAttribute(attribute, errors);
			return page.get();
		});
	}

	/**
	 * Refused (400), for a form whose problems are not about its fields, shown as they are (an imported
	 * file's problems, each at its place in the file).
	 */
	public FormWrite<T> whenProblems(Function<List<Problem>, String> page) {
		this.onInvalid = page;
		return this;
	}

	/**
	 * Refused as stale or clashing (409): someone saved first, or what is to be created exists. The page
	 * again, typically with what is stored now ({@link Conflict#current()}) beside what was typed.
	 */
	public FormWrite<T> whenConflict(Function<Conflict, String> page) {
		this.onConflict = page;
		return this;
	}

	/**
	 * Any other refusal that this form answers in its own way, with the status {@code answer} sets (a
	 * NotFound for a delete: someone deleted it first, and what the person wanted has happened).
	 */
	@SuppressWarnings("unchecked")
	public <E extends RuntimeException> FormWrite<T> when(Class<E> type, Function<E, String> answer) {
		others.put(type, refused -> answer.apply((E) refused));
		return this;
	}

	/** Runs the write; on success answers with {@code saved} (usually {@link FormPost#redirect}). */
	public String answer(Function<T, String> saved) {
		T result;
		try {
			result = write.get();
		}
		catch (InvalidInput refused) {
			if (onInvalid == null || refused.problems().stream().anyMatch(formless)) {
				throw refused;
			}
			return post.render(HttpStatus.BAD_REQUEST, onInvalid.apply(shown(refused.problems())));
		}
		catch (Conflict stale) {
			if (onConflict == null) {
				throw stale;
			}
			return post.render(HttpStatus.CONFLICT, onConflict.apply(stale));
		}
		catch (RuntimeException refused) {
			for (Map.Entry<Class<? extends RuntimeException>, Function<RuntimeException, String>> other : others.entrySet()) {
				if (other.getKey().isInstance(refused)) {
					return other.getValue().apply(refused);
				}
			}
			throw refused;
		}
		return saved.apply(result);
	}

	/** The same, for a success that needs nothing from the write. */
	public String answer(Supplier<String> saved) {
		return answer(ignored -> saved.get());
	}

	/** The problems read from the form, then the service's on other fields, each moved to the form's names. */
	private List<Problem> shown(List<Problem> refused) {
		List<Problem> all = new ArrayList<>(read);
		refused.stream()
			.filter(problem -> read.stream().noneMatch(first -> first.path().equals(problem.path())))
			.forEach(all::add);
		return all.stream().map(eachProblem).toList();
	}
}
