package no.planspor.version;

import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;

import no.planspor.PlansporTest;
import no.planspor.account.SystemIdentity;
import no.planspor.exchange.PlanDocuments;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.ItemFields;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.editing.ItemFieldsEditing;
import no.planspor.version.internal.VersionStore;

/**
 * How much room versions take as they grow (docs/benchmarks.md, "Plan versions"): 300 versions of KRN's
 * plan, one item's text changed before each, then the size of the version tables beside the size of
 * 300 whole documents. For measuring, not for the build:
 * {@code ./mvnw test -Dtest=VersionStorageBenchmark -Dbench=true}.
 */
@PlansporTest
@Tag("bench")
@EnabledIfSystemProperty(named = "bench", matches = "true")
class VersionStorageBenchmark {

	static final int VERSIONS = 300;

	@Autowired
	PlanExchange exchange;

	@Autowired
	PlanReader plans;

	@Autowired
	ItemFieldsEditing fields;

	@Autowired
	PlanVersions versions;

	@Autowired
	VersionStore store;

	@Test
	void threeHundredVersions() {
		String plan = PlanDocuments.freshCode("versjon-bench");
		ObjectNode doc = PlanDocuments.seed("03-krn-forskning-2025-2029");
		doc.put("code", plan);
		PlanDocuments.importAsSystem(exchange, doc);
		Map<String, Long> empty = store.size();
		int documentBytes = exchange.export(plan).length();
		long started = System.nanoTime();
		for (int i = 1; i <= VERSIONS; i++) {
			PlanTree tree = plans.tree(plan);
			var all = tree.allItems().toList();
			var item = all.get(i % all.size());
			ItemFields now = ItemFields.of(item, item.parentId() == null ? null : tree.itemsById().get(item.parentId()).code());
			String text = "Endring " + i;
			SystemIdentity.call(() -> fields.edit(plan, item.code(), new ItemFields(now.parent(), now.kind(), now.code(),
					now.title(), text, now.deadline(), now.comment(), now.responsible(), now.strategyRefs(), now.seeAlso()),
					item.version()));
			String label = "Versjon " + i;
			SystemIdentity.call(() -> versions.make(plan, label, VersionReason.MANUAL));
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		Map<String, Long> full = store.size();
		System.out.printf("%n[bench] %d versions of a plan of %d items (document %d bytes) in %d ms (edit + version each)%n",
				VERSIONS, plans.tree(plan).allItems().count(), documentBytes, millis);
		System.out.printf("[bench] whole copies would take %d kB of text%n", (long) VERSIONS * documentBytes / 1024);
		full.forEach((name, value) -> System.out.printf("[bench] %s: %d -> %d%n", name, empty.get(name), value));
		long started2 = System.nanoTime();
		versions.document(plan, VERSIONS / 2);
		versions.diff(plan, 1, VERSIONS);
		System.out.printf("[bench] read one version and diff the first with the last: %d ms%n",
				(System.nanoTime() - started2) / 1_000_000);
	}
}
