package no.planspor.browser;

import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts one headless {@link Chromium} per test class and gives each test a fresh browser context pointed at
 * the running application. A failing test leaves a screenshot of where it stood.
 */
public class BrowserExtension
		implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

	private static final String PLAYWRIGHT = "playwright";

	private static final String BROWSER = "browser";

	private static final String CONTEXT = "context";

	private static final String PAGE = "page";

	@Override
	public void beforeAll(ExtensionContext extension) {
		// Without Chromium, fail here with what to install, before starting anything (Chromium.Missing).
		Chromium.require();
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		ExtensionContext.Store store = extension.getStore(NAMESPACE);
		store.put(PLAYWRIGHT, playwright);
		store.put(BROWSER, Chromium.launch(playwright));
	}

	@Override
	public void afterAll(ExtensionContext extension) {
		ExtensionContext.Store store = extension.getStore(NAMESPACE);
		Browser browser = store.remove(BROWSER, Browser.class);
		Playwright playwright = store.remove(PLAYWRIGHT, Playwright.class);
		try {
			if (browser != null) {
				browser.close();
			}
		}
		finally {
			if (playwright != null) {
				playwright.close();
			}
		}
	}

	@Override
	public void beforeEach(ExtensionContext extension) {
		Browser browser = extension.getStore(NAMESPACE).get(BROWSER, Browser.class);
		String port = SpringExtension.getApplicationContext(extension).getEnvironment().getProperty("local.server.port");
		BrowserContext context = browser.newContext(new Browser.NewContextOptions()
			.setBaseURL("http://localhost:" + port)
			// A Norwegian reader's browser; tests that want English switch on the page.
			.setLocale("nb-NO")
			.setViewportSize(1280, 900));
		context.setDefaultTimeout(15_000);
		context.setDefaultNavigationTimeout(30_000);
		Page page = context.newPage();
		// A picture of an earlier failure would only mislead once the test runs again.
		Browsers.deleteScreenshot(failureName(extension));
		ExtensionContext.Store store = extension.getStore(NAMESPACE);
		store.put(CONTEXT, context);
		store.put(PAGE, page);
	}

	@Override
	public void afterEach(ExtensionContext extension) {
		ExtensionContext.Store store = extension.getStore(NAMESPACE);
		Page page = store.remove(PAGE, Page.class);
		BrowserContext context = store.remove(CONTEXT, BrowserContext.class);
		try {
			if (page != null && extension.getExecutionException().isPresent() && !page.isClosed()) {
				Browsers.screenshot(page, failureName(extension));
			}
		}
		finally {
			if (context != null) {
				context.close();
			}
		}
	}

	private static String failureName(ExtensionContext extension) {
		return "FAILED-" + extension.getRequiredTestClass().getSimpleName() + "-"
				+ extension.getRequiredTestMethod().getName();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
		Class<?> type = parameter.getParameter().getType();
		return type == Page.class || type == BrowserContext.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
		Class<?> type = parameter.getParameter().getType();
		return extension.getStore(NAMESPACE).get(type == Page.class ? PAGE : CONTEXT, type);
	}
}
