package no.planspor.shared;

/** What was asked for does not exist (or is archived). */
public class NotFound extends RuntimeException {

	private final String code;

	private final transient Object[] args;

	public NotFound(String code, Object... args) {
		super(code);
		this.code = code;
		this.args = args;
	}

	public String code() {
		return code;
	}

	public Object[] args() {
		return args;
	}
}
