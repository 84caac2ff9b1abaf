package no.planspor;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;
import org.springframework.modulith.docs.Documenter.Options;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The top-level packages are modules; none reaches into another's internals, uses a module it has
 * not declared in its {@code allowedDependencies}, or forms a cycle. The module diagram committed in
 * {@code docs/modules/} is the one the code gives.
 */
class ModularityTest {

	// Only production code: tests may reach across modules to set up what they check. (ArchUnit's
	// DoNotIncludeTests expects the build in target/, and builds here may use another directory.)
	static final ApplicationModules MODULES = ApplicationModules.of(PlansporApplication.class,
			location -> !location.contains("/test-classes/"));

	/** The committed diagram of all modules and their dependencies, relative to the project. */
	static final Path COMMITTED_DIAGRAM = Path.of("docs", "modules", "components.puml");

	/** {@code -Dplanspor.update-module-diagram=true} writes the diagram the code gives over the committed one. */
	static final String UPDATE = "planspor.update-module-diagram";

	/**
	 * Modules whose {@code allowedDependencies} are declared on other branches of issue 7.
	 * TODO(lead): once those branches are merged, empty this set; the test below tells when it is due.
	 */
	static final Set<String> DECLARED_ELSEWHERE = Set.of();

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}

	/** Undeclared means "may use any module", which would let a new dependency in unnoticed. */
	@Test
	void everyModuleDeclaresTheModulesItMayUse() throws ClassNotFoundException {
		for (var module : MODULES) {
			String name = module.getIdentifier().toString();
			ApplicationModule declaration = Class
				.forName(module.getBasePackage().getName() + ".package-info")
				.getAnnotation(ApplicationModule.class);
			boolean declared = declaration != null
					&& !Arrays.asList(declaration.allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN);
			if (DECLARED_ELSEWHERE.contains(name)) {
				assertThat(declared).as("%s declares its dependencies now: remove it from DECLARED_ELSEWHERE", name)
					.isFalse();
			}
			else {
				assertThat(declared).as("%s's package-info declares allowedDependencies", name).isTrue();
			}
		}
	}

	@Test
	void theCommittedModuleDiagramIsTheOneTheCodeGives() throws IOException, URISyntaxException {
		Path output = buildDirectory().resolve("spring-modulith-docs");
		// The module's own diagrams too, for a closer look; only the whole is committed.
		new Documenter(MODULES, Options.defaults().withOutputFolder(output.toString()))
			.writeModulesAsPlantUml(DiagramOptions.defaults()
				.withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE))
			.writeIndividualModulesAsPlantUml();
		Path generated = output.resolve(COMMITTED_DIAGRAM.getFileName());
		Files.write(generated, inStableOrder(lines(generated)), StandardCharsets.UTF_8);
		if (Boolean.getBoolean(UPDATE)) {
			Files.createDirectories(COMMITTED_DIAGRAM.getParent());
			Files.copy(generated, COMMITTED_DIAGRAM, StandardCopyOption.REPLACE_EXISTING);
		}
		String howToUpdate = """
				%s is not the module diagram the code gives (%s). If the change in the modules is meant, \
				update the committed diagram with: ./mvnw test -Dtest=ModularityTest -D%s=true\
				""".formatted(COMMITTED_DIAGRAM, generated, UPDATE);
		assertThat(COMMITTED_DIAGRAM).as(howToUpdate).exists();
		assertThat(lines(COMMITTED_DIAGRAM)).as(howToUpdate).isEqualTo(lines(generated));
	}

	/** Where this build puts its output: the parent of the compiled tests (target/ unless configured). */
	private static Path buildDirectory() throws URISyntaxException {
		return Path.of(ModularityTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
	}

	/**
	 * The diagram with each run of elements ({@code Component(…)}) and of relations ({@code Rel(…)})
	 * sorted: the Documenter lists them in the order it meets the classes, which changes from run to run.
	 */
	static List<String> inStableOrder(List<String> diagram) {
		List<String> stable = new ArrayList<>();
		List<String> run = new ArrayList<>();
		String runKind = null;
		for (String line : diagram) {
			String kind = line.strip().startsWith("Component(") ? "Component(" : line.startsWith("Rel(") ? "Rel(" : null;
			if (!Objects.equals(kind, runKind)) {
				Collections.sort(run);
				stable.addAll(run);
				run.clear();
				runKind = kind;
			}
			(kind == null ? stable : run).add(line);
		}
		Collections.sort(run);
		stable.addAll(run);
		return stable;
	}

	/** Line by line, so that a checkout with other line endings still matches. */
	private static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8);
	}
}
