package no.planspor.account.api;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import no.planspor.account.Organisation;
import no.planspor.account.SignedInUser;
import no.planspor.account.UserAccounts;
import no.planspor.account.internal.MembershipList;
import no.planspor.account.internal.People;
import no.planspor.account.internal.People.MemberOf;
import no.planspor.account.internal.People.Person;
import no.planspor.account.internal.UserAdmin;
import no.planspor.account.internal.UserAdmin.NewUser;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.JsonBody;
import no.planspor.shared.JsonChecks;
import no.planspor.shared.JsonKeys;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;

import static no.planspor.shared.JsonChecks.Need.OPTIONAL;

/**
 * The people to ask, for administrators: the users with the parties they stand for, a new user, and
 * a user's whole list of memberships replaced, so that a staff list kept elsewhere can be brought in.
 * The same rules and audit as the user pages ({@link UserAdmin}); see docs/api.md, "Users".
 */
@RestController
@RequestMapping("/api/users")
@PreAuthorize("hasRole('ADMIN')")
class UserApi {

	/** A user as the API shows it. */
	record UserDocument(String username, String name, String email, String role, String language,
			List<MemberOf> memberships, List<String> leads) {

		static final Set<String> MEMBERS = Set.of("username", "name", "email", "role", "language");

		static UserDocument of(Person person) {
			return new UserDocument(person.username(), person.displayName(), person.email(), person.role().name(),
					person.language(), person.memberships(), person.leads());
		}
	}

	private static final Set<String> MEMBERSHIP = Set.of("plan", "unit", "party");

	private final People people;

	private final Organisation organisation;

	private final UserAdmin admin;

	private final MembershipList memberships;

	private final UserAccounts accounts;

	UserApi(People people, UserAdmin admin, MembershipList memberships, UserAccounts accounts,
			Organisation organisation) {
		this.organisation = organisation;
		this.people = people;
		this.admin = admin;
		this.memberships = memberships;
		this.accounts = accounts;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	List<UserDocument> list() {
		return people.all().stream().map(UserDocument::of).toList();
	}

	/** One user; where {@code POST}'s Location points. */
	@GetMapping(path = "/{username}", produces = MediaType.APPLICATION_JSON_VALUE)
	UserDocument one(@PathVariable String username) {
		return UserDocument.of(person(username));
	}

	/** 201 with the user; the new user has no password until an administrator sets one on the user page. */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<UserDocument> create(InputStream body) {
		JsonNode json = JsonBody.object(body, JsonBody.MAX_BYTES, JsonKeys.GENERIC);
		JsonChecks checks = new JsonChecks(JsonKeys.GENERIC);
		checks.object(json, "$", UserDocument.MEMBERS);
		NewUser input = new NewUser(checks.text(json, "username", "$", OPTIONAL), checks.text(json, "name", "$", OPTIONAL),
				checks.text(json, "email", "$", OPTIONAL), checks.text(json, "role", "$", OPTIONAL),
				checks.text(json, "language", "$", OPTIONAL), null);
		checks.refuseIfAny();
		long id;
		try {
			id = admin.create(input);
		}
		catch (InvalidInput ex) {
			throw new InvalidInput(ex.problems().stream().map(UserApi::member).toList());
		}
		Person created = people.find(id).orElseThrow();
		URI location = UriComponentsBuilder.fromPath("/api/users/{username}")
			.buildAndExpand(created.username())
			.encode()
			.toUri();
		return ResponseEntity.created(location).body(UserDocument.of(created));
	}

	/** Replaces the parties the user stands for with the list sent; 200 with the list as stored. */
	@PutMapping(path = "/{username}/memberships", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	List<MemberOf> memberships(@PathVariable String username, InputStream body) {
		JsonNode json = JsonBody.value(body, JsonBody.MAX_BYTES, JsonKeys.GENERIC);
		if (!json.isArray()) {
			throw InvalidInput.of("$", JsonKeys.GENERIC.key(JsonKeys.Fault.ARRAY), json.toString());
		}
		JsonChecks checks = new JsonChecks(JsonKeys.GENERIC);
		List<MemberOf> wanted = new ArrayList<>();
		int i = 0;
		for (JsonNode element : json.values()) {
			String at = "$[" + i++ + "]";
			JsonNode member = checks.object(element, at, MEMBERSHIP);
			wanted.add(member == null ? null
					: new MemberOf(checks.text(member, "plan", at, OPTIONAL), checks.text(member, "unit", at, OPTIONAL),
							checks.text(member, "party", at, OPTIONAL)));
		}
		checks.refuseIfAny();
		long id = accounts.find(username)
			.map(SignedInUser::getId)
			.orElseThrow(() -> new NotFound("account.username.not-found", username));
		try {
			return memberships.replace(id, wanted);
		}
		catch (InvalidInput ex) {
			throw new InvalidInput(ex.problems()
				.stream()
				.map(problem -> new Problem("$" + problem.path(), problem.code(), problem.args()))
				.toList());
		}
	}

	/**
	 * Replaces the units the user leads (adopts their plans) with the unit codes sent, {@code ["KRN"]};
	 * 200 with the user as stored.
	 */
	@PutMapping(path = "/{username}/leads", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	UserDocument leads(@PathVariable String username, InputStream body) {
		JsonNode json = JsonBody.value(body, JsonBody.MAX_BYTES, JsonKeys.GENERIC);
		if (!json.isArray()) {
			throw InvalidInput.of("$", JsonKeys.GENERIC.key(JsonKeys.Fault.ARRAY), json.toString());
		}
		Person person = person(username);
		Map<String, Long> units = organisation.units()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Organisation.Unit::code, Organisation.Unit::id));
		List<Problem> problems = new ArrayList<>();
		List<Long> wanted = new ArrayList<>();
		int i = 0;
		for (JsonNode element : json.values()) {
			String at = "$[" + i++ + "]";
			Long unit = element.isString() ? units.get(element.stringValue()) : null;
			if (unit == null) {
				problems.add(Problem.of(at, "account.api.unit.unknown", element.toString()));
			}
			else {
				wanted.add(unit);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		admin.setLeads(person.id(), wanted);
		return UserDocument.of(person(username));
	}

	private Person person(String username) {
		return people.find(username).orElseThrow(() -> new NotFound("account.username.not-found", username));
	}

	/** The rules name the form's fields; the API names its members by JSON path, and calls the display name "name". */
	private static Problem member(Problem problem) {
		String field = problem.path().equals("displayName") ? "name" : problem.path();
		return new Problem("$." + field, problem.code(), problem.args());
	}
}
