package no.planspor.followup.mine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.account.Permissions;
import no.planspor.followup.OwedRounds;
import no.planspor.followup.OwedRounds.OwedRound;
import no.planspor.followup.mine.MyItems.MyItem;
import no.planspor.followup.mine.MyItems.PlanGroup;
import no.planspor.shared.NotFound;

/**
 * "Mine tiltak" ({@code /mine}): what the signed-in person answers for, across plans, with a quick
 * status form per item. Three statements, however many items and however long their histories
 * ({@link MyItems}); the person's memberships come with the request's user. Open reporting rounds that
 * wait for the person's answers are listed first, and the items they wait for come first in each plan:
 * one statement more, asked through {@link OwedRounds} (implemented by the module that keeps rounds),
 * and only when the person answers for anything.
 */
@Controller
class MyItemsPage {

	static final String PATH = "/mine";

	private final MyItems myItems;

	private final Permissions permissions;

	private final MessageSource messages;

	private final ObjectProvider<OwedRounds> owedRounds;

	MyItemsPage(MyItems myItems, Permissions permissions, MessageSource messages,
			ObjectProvider<OwedRounds> owedRounds) {
		this.myItems = myItems;
		this.permissions = permissions;
		this.messages = messages;
		this.owedRounds = owedRounds;
	}

	@GetMapping(PATH)
	String page(Model model) {
		List<PlanGroup> groups = groups();
		List<OwedRound> owed = new ArrayList<>();
		if (!groups.isEmpty()) {
			permissions.find()
				.filter(user -> !user.isSystem())
				.ifPresent(user -> owedRounds.orderedStream().forEach(source -> owed.addAll(source.owedBy(user.id()))));
		}
		Set<Long> owedItems = new HashSet<>();
		owed.forEach(round -> owedItems.addAll(round.itemIds()));
		if (!owedItems.isEmpty()) {
			groups = groups.stream().map(group -> owedFirst(group, owedItems)).toList();
		}
		model.addAttribute("owedRounds", owed);
		model.addAttribute("owedItems", owedItems);
		model.addAttribute("groups", groups);
		model.addAttribute("itemCount", groups.stream().mapToInt(g -> g.items().size()).sum());
		model.addAttribute("attentionCount", groups.stream().mapToLong(PlanGroup::attention).sum());
		model.addAttribute("hasMemberships", !permissions.memberships().isEmpty());
		return "followup/mine";
	}

	/** One item's card, after a status was recorded in it ("status-recorded" bubbles up from its form). */
	@GetMapping(PATH + "/card")
	String card(@RequestParam String plan, @RequestParam String item,
			@RequestParam(defaultValue = "false") boolean recorded, Model model, Locale locale) {
		for (PlanGroup group : groups()) {
			if (!group.planCode().equals(plan)) {
				continue;
			}
			for (MyItem mine : group.items()) {
				if (mine.code().equals(item)) {
					model.addAttribute("group", group);
					model.addAttribute("it", mine);
					model.addAttribute("cardNotice",
							recorded ? messages.getMessage("status.form.recorded", null, locale) : null);
					return "followup/mine :: card";
				}
			}
		}
		throw new NotFound("plan.item.not-found", plan, item);
	}

	/** The items a round waits for first; otherwise the order stays (the sort is stable). */
	private static PlanGroup owedFirst(PlanGroup group, Set<Long> owed) {
		List<MyItem> items = new ArrayList<>(group.items());
		items.sort(Comparator.comparing(item -> !owed.contains(item.id())));
		return new PlanGroup(group.planCode(), group.planTitle(), group.unitCode(), group.unitName(), group.planId(),
				group.unitId(), List.copyOf(items));
	}

	private List<PlanGroup> groups() {
		return myItems.of(permissions.memberships(), permissions::mayContribute);
	}
}
