package no.planspor;

/**
 * A stand-in for {@code main} in a JVM of its own, for {@link StopSignalsTest}: says "ready", then waits
 * to be stopped. With the argument {@code plain} it leaves the JVM's handling of signals as it is.
 */
public final class StopSignalsProbe {

	private StopSignalsProbe() {
	}

	public static void main(String[] args) throws InterruptedException {
		if (args.length == 0 || !args[0].equals("plain")) {
			StopSignals.exitNormallyWhenStopped();
		}
		System.out.println("ready");
		System.out.flush();
		Thread.sleep(60_000);
		System.exit(3);
	}
}
