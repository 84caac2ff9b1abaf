package no.planspor.plan.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

import no.planspor.account.Permissions;
import no.planspor.plan.ItemAddresses;
import no.planspor.plan.ItemAddresses.DeletedItem;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanReader;
import no.planspor.shared.NotFound;

/**
 * Keeps item addresses working after the item changed: a page asked for under a former code is
 * permanently redirected to the same page under the item's current code (bookmarks and links in
 * documents outlive renames), and a deleted item's address says it was deleted, when and by whom,
 * with status 410 Gone. It steps in only when a page did not find its item, before the ordinary
 * not-found page; anything else it leaves as it was.
 */
@Component
class OldItemAddresses implements HandlerExceptionResolver, Ordered {

	/** A reading or editing page of an item: plan, item code, and the page under the item if any. */
	private static final Pattern ITEM_PAGE = Pattern.compile("^/plans/([^/]+)/items/([^/]+)(/[^?]*)?$");

	private final ItemAddresses addresses;

	private final PlanReader plans;

	private final Permissions permissions;

	OldItemAddresses(ItemAddresses addresses, PlanReader plans, Permissions permissions) {
		this.addresses = addresses;
		this.plans = plans;
		this.permissions = permissions;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(ex instanceof NotFound notFound) || !"plan.item.not-found".equals(notFound.code())
				|| !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			return null;
		}
		Matcher page = ITEM_PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (!page.matches()) {
			return null;
		}
		String planCode = UriUtils.decode(page.group(1), StandardCharsets.UTF_8);
		String itemCode = UriUtils.decode(page.group(2), StandardCharsets.UTF_8);
		String below = page.group(3) == null ? "" : page.group(3);
		Optional<String> current = addresses.currentCode(planCode, itemCode);
		if (current.isPresent()) {
			String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
			response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
			response.setHeader("Location",
					request.getContextPath() + EditPaths.item(planCode, current.get()) + below + query);
			return new ModelAndView();
		}
		if (!below.isEmpty()) {
			return null;
		}
		Optional<DeletedItem> deleted = addresses.deleted(planCode, itemCode);
		Optional<Plan> plan = plans.find(planCode);
		if (deleted.isEmpty() || plan.isEmpty()) {
			return null;
		}
		ModelAndView gone = new ModelAndView("plan/item-deleted", HttpStatus.GONE);
		gone.addObject("plan", plan.get());
		gone.addObject("item", deleted.get());
		gone.addObject("mayRestore", permissions.mayEditPlansOf(plan.get().unit().id()));
		return gone;
	}
}
