package no.planspor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The form round trip through the real Spring MVC machinery, with a controller of its own: what each
 * outcome of a write answers, with which status, and what the page is given to show.
 */
class FormPostTest {

	/** What the test controller's write does, by the name the form sends. */
	static final class Things {

		final List<String> created = new ArrayList<>();

		String create(String name) {
			switch (name) {
				case "" -> throw new InvalidInput(List.of(Problem.of("$.name", "thing.required"),
						Problem.of("$.size", "thing.too-big", 10)));
				case "taken" -> throw new Conflict("thing.exists", "the stored thing", name);
				case "gone" -> throw new NotFound("thing.not-found", name);
				case "nowhere" -> throw InvalidInput.of("n", "thing.no-such");
				default -> {
					created.add(name);
					return name;
				}
			}
		}
	}

	@Controller
	static class ThingPages {

		final Things things = new Things();

		@PostMapping("/things")
		String create(@RequestParam(defaultValue = "") String name, FormPost post) {
			return post.write(() -> things.create(name))
				.labels("thing.field.")
				.whenInvalid(errors -> page(post, errors))
				.whenConflict(exists -> {
					post.model().addAttribute("stored", exists.current());
					return page(post, FormErrors.none());
				})
				.answer(created -> post.redirect("/things/" + created, "thing.created", created));
		}

		/** A form with two forms on its page, whose errors go by name; its problems go elsewhere by id. */
		@PostMapping("/things/named")
		String named(@RequestParam(defaultValue = "") String name, Model model, FormPost post) {
			return post.write(() -> things.create(name))
				.problems(p -> p.path().equals("$.name") ? Problem.of("thingName", p.code(), p.args().toArray()) : p)
				.errors(errors -> errors.inOrder(List.of("size", "thingName")).linking(field -> "rename-" + field))
				.whenInvalid("renameErrors", () -> {
					model.addAttribute("sameModel", model == post.model());
					return "thing-page";
				})
				.answer(created -> post.redirect("/things"));
		}

		/** Problems read from the form come first; the service's on the same field are left out. */
		@PostMapping("/things/read")
		String read(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String size,
				FormPost post) {
			List<Problem> read = size.matches("\\d*") ? List.of() : List.of(Problem.of("$.size", "thing.not-a-number"));
			return post.write(() -> things.create(name))
				.reading(read)
				.whenProblems(problems -> {
					post.model().addAttribute("problems", problems);
					return "thing-page";
				})
				.answer(created -> post.redirect("/things"));
		}

		/** Without htmx a refusal goes back by redirect (no 400 on a redirect); with htmx as a fragment. */
		@PostMapping("/things/quick")
		String quick(@RequestParam(defaultValue = "") String name, FormPost post) {
			return post.write(() -> things.create(name))
				.whenInvalid(errors -> {
					if (!post.isHtmx()) {
						post.flash("thingErrors", errors);
						return post.redirect("/things#form");
					}
					post.model().addAttribute("errors", errors);
					return "thing-page :: form";
				})
				.errorPageFor(problem -> problem.path().equals("n"))
				.when(NotFound.class, gone -> post.redirect("/things", "thing.already-gone", gone.args()))
				.answer(created -> post.isHtmx() ? "thing-page :: done" : post.redirect("/things"));
		}

		/** A write with nothing to give back, and no answer for a conflict. */
		@PostMapping("/things/touch")
		String touch(@RequestParam(defaultValue = "") String name, FormPost post) {
			return post.write(() -> {
				things.create(name);
			}).answer(() -> post.redirect("/things", "thing.touched"));
		}

		private static String page(FormPost post, FormErrors errors) {
			post.model().addAttribute("errors", errors);
			return "thing-form";
		}
	}

	private static final Locale NB = Locale.forLanguageTag("nb");

	private final ThingPages pages = new ThingPages();

	private final MockMvc mvc;

	FormPostTest() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("thing.required", NB, "Fyll ut feltet.");
		messages.addMessage("thing.required", Locale.ENGLISH, "Fill in the field.");
		messages.addMessage("thing.too-big", NB, "Høyst {0}.");
		messages.addMessage("thing.not-a-number", NB, "Skriv et tall.");
		messages.addMessage("thing.field.name", NB, "Navn");
		messages.addMessage("thing.field.name", Locale.ENGLISH, "Name");
		messages.addMessage("thing.created", NB, "{0} er laget.");
		messages.addMessage("thing.created", Locale.ENGLISH, "{0} was made.");
		messages.addMessage("thing.already-gone", NB, "{0} var alt borte.");
		messages.addMessage("thing.touched", NB, "Rørt.");
		mvc = MockMvcBuilders.standaloneSetup(pages).setCustomArgumentResolvers(new FormPostResolver(messages)).build();
	}

	@Test
	void aWriteThatGoesThroughRedirectsWithANoticeInTheReadersLanguage() throws Exception {
		mvc.perform(post("/things").param("name", "stol").locale(NB))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/things/stol"))
			.andExpect(flash().attribute("notice", "stol er laget."));
		mvc.perform(post("/things").param("name", "bord").locale(Locale.ENGLISH))
			.andExpect(flash().attribute("notice", "bord was made."));

		assertThat(pages.things.created).containsExactly("stol", "bord");
	}

	@Test
	void aRefusedWriteShowsTheFormAgainWith400AndEveryProblemByField() throws Exception {
		MvcResult refused = mvc.perform(post("/things").locale(NB))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("thing-form"))
			.andReturn();

		FormErrors errors = (FormErrors) refused.getModelAndView().getModel().get("errors");
		assertThat(errors.get("name")).isEqualTo("Fyll ut feltet.");
		assertThat(errors.get("size")).isEqualTo("Høyst 10.");
		// The summary names the field where the form has a label for it.
		assertThat(errors.summary()).extracting(FormErrors.Entry::text).containsExactly("Navn: Fyll ut feltet.", "Høyst 10.");
		assertThat(flashOf(refused)).isEmpty();

		FormErrors english = (FormErrors) mvc.perform(post("/things").locale(Locale.ENGLISH))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("errors");
		assertThat(english.summary().get(0).text()).isEqualTo("Name: Fill in the field.");
	}

	@Test
	void aConflictShowsTheFormAgainWith409AndWhatIsStored() throws Exception {
		MvcResult stale = mvc.perform(post("/things").param("name", "taken"))
			.andExpect(status().isConflict())
			.andExpect(view().name("thing-form"))
			.andReturn();

		assertThat(stale.getModelAndView().getModel()).containsEntry("stored", "the stored thing");
		assertThat(pages.things.created).isEmpty();
	}

	@Test
	void problemsCanBeMovedToTheFormsFieldsOrderedAndLinkedAndGoUnderTheirOwnName() throws Exception {
		MvcResult refused = mvc.perform(post("/things/named").locale(NB))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("thing-page"))
			.andReturn();

		Map<String, Object> model = refused.getModelAndView().getModel();
		FormErrors errors = (FormErrors) model.get("renameErrors");
		assertThat(errors.get("thingName")).isEqualTo("Fyll ut feltet.");
		assertThat(errors.summary()).extracting(FormErrors.Entry::field).containsExactly("size", "thingName");
		assertThat(errors.summary()).extracting(FormErrors.Entry::target)
			.containsExactly("rename-size", "rename-thingName");
		// The post's model is the page's model.
		assertThat(model).containsEntry("sameModel", true);
	}

	@Test
	void problemsReadFromTheFormComeFirstAndTheServicesOnTheSameFieldAreLeftOut() throws Exception {
		MvcResult refused = mvc.perform(post("/things/read").param("size", "stor"))
			.andExpect(status().isBadRequest())
			.andReturn();

		@SuppressWarnings("unchecked")
		List<Problem> problems = (List<Problem>) refused.getModelAndView().getModel().get("problems");
		assertThat(problems).containsExactly(Problem.of("$.size", "thing.not-a-number"),
				Problem.of("$.name", "thing.required"));
	}

	@Test
	void withoutHtmxARefusalGoesBackByRedirectAndWithHtmxAsAFragmentWith400() throws Exception {
		MvcResult plain = mvc.perform(post("/things/quick"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/things#form"))
			.andReturn();
		assertThat(((FormErrors) flashOf(plain).get("thingErrors")).has("name")).isTrue();

		MvcResult htmx = mvc.perform(post("/things/quick").header("HX-Request", "true"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("thing-page :: form"))
			.andReturn();
		assertThat(((FormErrors) htmx.getModelAndView().getModel().get("errors")).has("name")).isTrue();

		mvc.perform(post("/things/quick").param("name", "lampe").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(view().name("thing-page :: done"));
	}

	@Test
	void otherRefusalsAreAnsweredAsTheFormSays() throws Exception {
		mvc.perform(post("/things/quick").param("name", "gone").locale(NB))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/things"))
			.andExpect(flash().attribute("notice", "gone var alt borte."));
	}

	@Test
	void aRefusalTheFormHasNoAnswerForOrNoPlaceForGoesOnToTheErrorPage() {
		assertThatThrownBy(() -> mvc.perform(post("/things/touch").param("name", "taken")))
			.hasRootCauseInstanceOf(Conflict.class);
		assertThatThrownBy(() -> mvc.perform(post("/things/touch"))).hasRootCauseInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> mvc.perform(post("/things/quick").param("name", "nowhere")))
			.hasRootCauseInstanceOf(InvalidInput.class);
	}

	@Test
	void aWriteWithNothingToGiveBackAnswersToo() throws Exception {
		mvc.perform(post("/things/touch").param("name", "krakk").locale(NB))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("notice", "Rørt."));
		assertThat(pages.things.created).containsExactly("krakk");
	}

	private static Map<String, Object> flashOf(MvcResult result) {
		return result.getFlashMap();
	}
}
