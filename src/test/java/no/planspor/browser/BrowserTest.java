package no.planspor.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import no.planspor.PlansporTest;

/**
 * An end-to-end test: the whole application ({@link PlansporTest}) driven through Debian's Chromium.
 * One browser per test class, a fresh browser context (no cookies, bokmål) per test; test methods take
 * a {@link com.microsoft.playwright.Page} parameter whose relative addresses go to the application.
 * Tagged "browser" for filtering; the normal build runs them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PlansporTest
@Tag("browser")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}
