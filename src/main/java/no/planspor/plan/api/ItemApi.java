package no.planspor.plan.api;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import no.planspor.account.Permissions;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.Shortlist;
import no.planspor.plan.editing.ItemFieldsEditing;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.JsonBody;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;

/**
 * One item of a plan over HTTP: read it with its version, write it back changed. docs/api.md ("Items")
 * describes the document and the answers. {@code {item}} is the item's code, URL-encoded.
 */
@RestController
@RequestMapping("/api/plans/{plan}/items/{item}")
class ItemApi {

	private final PlanReader plans;

	private final ItemFieldsEditing editing;

	private final Permissions permissions;

	ItemApi(PlanReader plans, ItemFieldsEditing editing, Permissions permissions) {
		this.plans = plans;
		this.editing = editing;
		this.permissions = permissions;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	ItemDocument get(@PathVariable String plan, @PathVariable String item) {
		PlanTree tree = tree(plan, item);
		return ItemDocument.of(tree, find(tree, item));
	}

	/**
	 * Writes the document: 200 with the item as it is now; 400 naming every problem by JSON path; 409
	 * with {@code current} when the item (or one of its indicators) was saved since {@code version}.
	 * Nothing is written on any error.
	 */
	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ItemDocument put(@PathVariable String plan, @PathVariable String item, InputStream request) {
		// A body that is no JSON object is wrong whoever sends it: refused before the plan is looked up.
		var body = JsonBody.object(request, JsonBody.MAX_BYTES, ItemDocumentReader.KEYS);
		PlanTree tree = tree(plan, item);
		// Who may write comes before what is wrong with the writing.
		permissions.requireEditPlansOf(tree.plan().unit().id());
		PlanItem stored = find(tree, item);
		ItemDocumentReader.Reading reading = new ItemDocumentReader().read(body);
		List<Problem> problems = new ArrayList<>(reading.problems());
		boolean stale = reading.version() != null && reading.version() != stored.version();
		if (reading.plan() != null && !reading.plan().equals(plan)) {
			problems.add(Problem.of("$.plan", "plan.json.read-only.plan", plan));
		}
		if (!stale && reading.shortlists() != null && !sameSet(reading.shortlists(),
				stored.shortlists().stream().map(Shortlist::code).toList())) {
			problems.add(Problem.of("$.shortlists", "plan.json.read-only.shortlists"));
		}
		if (!problems.isEmpty()) {
			// Name what the service would refuse too, except where reading already failed.
			Set<String> named = new HashSet<>(problems.stream().map(Problem::path).toList());
			editing.problems(plan, item, reading.fields(), reading.indicators())
				.stream()
				.map(ItemApi::json)
				.filter(problem -> !named.contains(problem.path()))
				.forEach(problems::add);
			throw new InvalidInput(problems);
		}
		// Not web.FormPost: the API answers problems by JSON path and a conflict with the whole stored
		// document (its own 409 contract, docs/api.md), so it rethrows both in its own shape.
		try {
			PlanItem written = editing.replace(plan, item, reading.fields(), reading.indicators(), reading.version());
			PlanTree now = plans.tree(plan);
			return ItemDocument.of(now, now.itemsById().get(written.id()));
		}
		catch (InvalidInput ex) {
			throw new InvalidInput(ex.problems().stream().map(ItemApi::json).toList());
		}
		catch (Conflict ex) {
			if (ex.current() instanceof PlanItem current) {
				PlanTree now = plans.tree(plan);
				PlanItem fresh = now.itemsById().getOrDefault(current.id(), current);
				throw new Conflict(ex.code(), ItemDocument.of(now, fresh), ex.args());
			}
			throw ex;
		}
	}

	private PlanTree tree(String plan, String item) {
		try {
			return plans.tree(plan);
		}
		catch (NotFound unknownPlan) {
			throw new NotFound("plan.item.not-found", plan, item);
		}
	}

	private static PlanItem find(PlanTree tree, String item) {
		return tree.requireItem(item);
	}

	private static Problem json(Problem problem) {
		return new Problem(problem.path().startsWith("$") ? problem.path() : "$." + problem.path(), problem.code(),
				problem.args());
	}

	private static boolean sameSet(List<String> a, List<String> b) {
		return a.size() == b.size() && new HashSet<>(a).equals(new HashSet<>(b));
	}
}
