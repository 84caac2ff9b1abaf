package no.planspor;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The top-level packages are modules; none reaches into another's internals or forms a cycle. */
class ModularityTest {

	// Only production code: tests may reach across modules to set up what they check. (ArchUnit's
	// DoNotIncludeTests expects the build in target/, and builds here may use another directory.)
	static final ApplicationModules MODULES = ApplicationModules.of(PlansporApplication.class,
			location -> !location.contains("/test-classes/"));

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
