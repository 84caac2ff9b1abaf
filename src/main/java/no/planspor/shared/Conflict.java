package no.planspor.shared;

/**
 * The change was refused because the data moved on: someone saved a newer version, or the thing to
 * create exists already. {@code current} is what is stored now, for the user to compare with.
 */
public class Conflict extends RuntimeException {

	private final String code;

	private final transient Object current;

	private final transient Object[] args;

	public Conflict(String code, Object current, Object... args) {
		super(code);
		this.code = code;
		this.current = current;
		this.args = args;
	}

	public static Conflict staleVersion(Object current) {
		return new Conflict("error.conflict.stale", current);
	}

	public String code() {
		return code;
	}

	public Object current() {
		return current;
	}

	public Object[] args() {
		return args;
	}
}
