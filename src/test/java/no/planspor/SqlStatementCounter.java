package no.planspor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Counts the SQL statements a page costs, for tests that hold pages to a fixed number of statements
 * however large the plan is.
 *
 * <p>Use: {@code @Import(SqlStatementCounter.class)} on a {@code @PlansporTest}, autowire it, make a
 * request (MockMvc or real HTTP), then read {@link #lastRequest()}.
 *
 * <p>What it counts: every statement executed on the request's thread from the moment the handler
 * is chosen until the view has been rendered — the controller, the services it calls and the
 * template. It deliberately leaves out the filters around the handler: Spring Session reads and
 * writes its tables and Spring Security loads the user on every request, at a cost that depends on
 * the session (new or old, attributes changed or not) rather than on the page, and would make an
 * exact count flaky. {@link #during(Runnable)} counts everything on the current thread instead, for
 * code called directly. {@link Counted} keeps the statements' text, so a failing count shows what ran.
 *
 * <p>Spring Session saves a new or changed session when the response is committed, and Thymeleaf
 * commits it while rendering, inside the counted window; statements on the session tables
 * ({@code SPRING_SESSION*}) are therefore never counted, wherever they run.
 *
 * <p>How: the DataSource is wrapped with datasource-proxy, whose listener adds to a thread-bound
 * counter when one is open; an interceptor opens it in {@code preHandle} and closes it in
 * {@code afterCompletion} (which runs after rendering). A batch counts once per statement text, as
 * one round trip to the database. Importing this class gives its test a context of its own (a
 * separate embedded PostgreSQL), so tests that need it should share it rather than copy it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatementCounter implements WebMvcConfigurer {

	private static final ThreadLocal<List<String>> OPEN = new ThreadLocal<>();

	/** Spring Session saves the session when the response is committed, which can be during rendering. */
	private static final Pattern SESSION_STORE = Pattern.compile("\\bspring_session", Pattern.CASE_INSENSITIVE);

	private final AtomicReference<Counted> last = new AtomicReference<>();

	/** The statements of one handled request, in the order they ran; {@code path} is the request's URI. */
	public record Counted(String path, List<String> sql) {

		public int statements() {
			return sql.size();
		}

		@Override
		public String toString() {
			return path + ": " + sql.size() + " statements\n  " + String.join("\n  ", sql);
		}
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name("counted-" + name)
						.afterQuery((execution, queries) -> {
							List<String> open = OPEN.get();
							if (open != null) {
								queries.stream()
									.map(query -> query.getQuery().strip().replaceAll("\\s+", " "))
									.filter(query -> !SESSION_STORE.matcher(query).find())
									.forEach(open::add);
							}
						})
						.build();
				}
				return bean;
			}
		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				OPEN.set(new ArrayList<>());
				return true;
			}

			@Override
			public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
					Exception ex) {
				List<String> open = OPEN.get();
				OPEN.remove();
				if (open != null) {
					last.set(new Counted(request.getRequestURI(), List.copyOf(open)));
				}
			}
		});
	}

	/** The statements of the request handled last (an error page's dispatch counts as a request of its own). */
	public Counted lastRequest() {
		Counted counted = last.get();
		if (counted == null) {
			throw new IllegalStateException("No request has been handled since the counter started");
		}
		return counted;
	}

	/** Every statement that {@code work} executes on the current thread. */
	public Counted during(Runnable work) {
		List<String> outer = OPEN.get();
		List<String> open = new ArrayList<>();
		OPEN.set(open);
		try {
			work.run();
		}
		finally {
			if (outer == null) {
				OPEN.remove();
			}
			else {
				outer.addAll(open);
				OPEN.set(outer);
			}
		}
		return new Counted("(direct call)", List.copyOf(open));
	}
}
