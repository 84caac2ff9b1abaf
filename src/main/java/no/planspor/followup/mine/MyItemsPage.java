package no.planspor.followup.mine;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.account.Permissions;
import no.planspor.followup.mine.MyItems.MyItem;
import no.planspor.followup.mine.MyItems.PlanGroup;
import no.planspor.shared.NotFound;

/**
 * "Mine tiltak" ({@code /mine}): what the signed-in person answers for, across plans, with a quick
 * status form per item. Two statements, however many items and however long their histories
 * ({@link MyItems}); the person's memberships come with the request's user.
 */
@Controller
class MyItemsPage {

	static final String PATH = "/mine";

	private final MyItems myItems;

	private final Permissions permissions;

	private final MessageSource messages;

	MyItemsPage(MyItems myItems, Permissions permissions, MessageSource messages) {
		this.myItems = myItems;
		this.permissions = permissions;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String page(Model model) {
		List<PlanGroup> groups = groups();
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

	private List<PlanGroup> groups() {
		return myItems.of(permissions.memberships(), permissions::mayContribute);
	}
}
