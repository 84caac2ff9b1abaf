package no.planspor.plan;

import static no.planspor.Html.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import no.planspor.Html;
import no.planspor.PlansporTest;
import no.planspor.account.Role;
import no.planspor.account.SignedInUser;
import no.planspor.account.SystemIdentity;
import no.planspor.account.UserAccounts;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.editing.ItemFieldsEditing;

/** Addresses of items that were renamed or deleted: old codes redirect, deleted items say so. */
@PlansporTest
@AutoConfigureMockMvc
class OldItemAddressesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PlanReader plans;

	@Autowired
	PlanExchange exchange;

	@Autowired
	ItemFieldsEditing fields;

	@Test
	void anOldCodeRedirectsPermanentlyToTheItemAndItsPagesUnderTheNewCode() throws Exception {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		rename(plan, "T1.6d)", "T1.6 d)");

		mvc.perform(signedIn(get(URI.create("/plans/" + plan + "/items/T1.6d)"))))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/plans/" + plan + "/items/T1.6%20d)"));
		mvc.perform(signedIn(get(URI.create("/plans/" + plan + "/items/T1.6d)/history"))))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/plans/" + plan + "/items/T1.6%20d)/history"));
		mvc.perform(signedIn(get(URI.create("/plans/" + plan + "/items/T1.6%20d)")))).andExpect(status().isOk());
		// Its history's heading keeps the new code on one line: "T1.6" and "d)" are joined by a no-break space.
		assertThat(one(page("/plans/" + plan + "/items/T1.6%20d)/history", 200), "h1").wholeText())
			.isEqualTo("Endringshistorikk for tiltak T1.6\u00a0d)");

		// Renamed again: the first code still leads to the item, by its newest code.
		rename(plan, "T1.6 d)", "T1.6 e)");
		mvc.perform(signedIn(get(URI.create("/plans/" + plan + "/items/T1.6d)"))))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/plans/" + plan + "/items/T1.6%20e)"));
	}

	@Test
	void aFormerCodeTakenByAnotherItemLeadsToThatItem() throws Exception {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		rename(plan, "T1.6d)", "T1.6 d)");
		rename(plan, "T1.6 c)", "T1.6d)");

		Document page = page("/plans/" + plan + "/items/T1.6d)", 200);
		assertThat(one(page, "h1 .item-code").text()).isEqualTo("Tiltak T1.6d)");
	}

	@Test
	void aDeletedItemsAddressSaysWhenAndByWhomWithARestoreButtonForEditors() throws Exception {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		PlanItem item = plans.tree(plan).item("T1.6d)").orElseThrow();
		mvc.perform(signedIn(post(URI.create("/plans/" + plan + "/items/T1.6d)/delete")).with(csrf())
			.param("version", String.valueOf(item.version())))).andExpect(status().is3xxRedirection());
		String admin = accounts.displayNames(Set.of("admin")).get("admin");

		Document page = page("/plans/" + plan + "/items/T1.6d)", 410);
		assertThat(one(page, "h1").text()).isEqualTo("Tiltak T1.6d) er slettet");
		assertThat(one(page, ".item-gone__when").text()).startsWith("Slettet ").endsWith(" av " + admin + ".")
			.as("written the Norwegian way, not 03.12.2026 in both languages")
			.matches("Slettet \\d{1,2}\\. \\p{L}+ \\d{4} kl\\. \\d{2}:\\d{2} av .*");
		assertThat(one(page, "form[action='/plans/" + plan + "/edit/archive/" + item.id() + "/restore'] button").text())
			.isEqualTo("Gjenopprett");

		Document english = Html.page(mvc.perform(signedIn(get(URI.create("/plans/" + plan + "/items/T1.6d)")))
			.locale(Locale.ENGLISH).header("Accept-Language", "en")).andExpect(status().isGone()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(one(english, "h1").text()).endsWith("T1.6d) has been deleted");
		assertThat(one(english, ".item-gone__when").text()).matches("Deleted \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} by .*");

		// A reader is told who can restore it, and is offered no button of their own.
		Document forReader = Html.page(mvc.perform(get(URI.create("/plans/" + plan + "/items/T1.6d)"))
			.with(user(reader()))).andExpect(status().isGone()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(forReader.select("form[action$='/restore']")).isEmpty();
		assertThat(forReader.text()).contains("Den som redigerer planen, kan gjenopprette det.");

		// An address that never was stays a plain 404.
		mvc.perform(signedIn(get(URI.create("/plans/" + plan + "/items/T9.9")))).andExpect(status().isNotFound());
	}

	private void rename(String plan, String from, String to) {
		PlanTree tree = plans.tree(plan);
		PlanItem before = tree.item(from).orElseThrow();
		FieldsBuilder f = FieldsBuilder.of(tree, before);
		f.code = to;
		SystemIdentity.call(() -> fields.edit(plan, from, f.build(), before.version()));
	}

	private Document page(String path, int status) throws Exception {
		return Html.page(mvc.perform(signedIn(get(URI.create(path))))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private SignedInUser reader() {
		String username = "leser-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		accounts.create(username, "et-langt-passord", "Lise Leser", null, Role.READER);
		return accounts.loadUserByUsername(username);
	}

	private MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request) {
		return request.with(user(accounts.loadUserByUsername("admin")));
	}
}
