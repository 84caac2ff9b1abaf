package no.planspor.shared;

import java.util.List;

/** The input was refused as a whole, for every one of these problems; nothing was written. */
public class InvalidInput extends RuntimeException {

	private final List<Problem> problems;

	public InvalidInput(List<Problem> problems) {
		super(problems.size() + " problem(s), first: " + (problems.isEmpty() ? "-" : problems.get(0)));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("InvalidInput needs at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	public static InvalidInput of(String path, String code, Object... args) {
		return new InvalidInput(List.of(Problem.of(path, code, args)));
	}

	public List<Problem> problems() {
		return problems;
	}
}
