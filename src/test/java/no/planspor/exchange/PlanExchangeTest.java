package no.planspor.exchange;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import no.planspor.PlansporTest;
import no.planspor.account.SystemIdentity;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;

import static no.planspor.exchange.PlanDocuments.bytes;
import static no.planspor.exchange.PlanDocuments.freshCode;
import static no.planspor.exchange.PlanDocuments.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** {@link PlanExchange#importPlan} itself, without HTTP: the same checks hold for every way in. */
@PlansporTest
class PlanExchangeTest {

	@Autowired
	PlanExchange exchange;

	@Autowired
	JdbcClient db;

	static List<InvalidDocuments.Case> invalidDocuments() {
		return InvalidDocuments.all();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidDocuments")
	void refusesTheDocumentWithTheProblemAtItsPath(InvalidDocuments.Case broken) {
		byte[] document = broken.document().apply(freshCode("refused"));
		StoredRows before = StoredRows.count(db);

		InvalidInput refused = catchThrowableOfType(InvalidInput.class,
				() -> SystemIdentity.call(() -> exchange.importPlan(document)));

		assertThat(refused).as("refused").isNotNull();
		assertThat(refused.problems()).extracting(Problem::path, Problem::code)
			.contains(org.assertj.core.groups.Tuple.tuple(broken.path(), broken.code()));
		assertThat(StoredRows.count(db)).isEqualTo(before);
	}

	@Test
	void refusesAnExistingCode() {
		String code = freshCode("twice");
		SystemIdentity.call(() -> exchange.importPlan(bytes(valid(code))));
		StoredRows before = StoredRows.count(db);

		assertThatThrownBy(() -> SystemIdentity.call(() -> exchange.importPlan(bytes(valid(code)))))
			.isInstanceOfSatisfying(Conflict.class, c -> assertThat(c.code()).isEqualTo("exchange.plan.exists"));
		assertThat(StoredRows.count(db)).isEqualTo(before);
	}

	@Test
	void onlyAnAdministratorMayImport() {
		var reader = SecurityContextHolder.createEmptyContext();
		reader.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("rita", null,
				List.of(new SimpleGrantedAuthority("ROLE_READER"))));
		SecurityContextHolder.setContext(reader);
		StoredRows before = StoredRows.count(db);
		try {
			assertThatThrownBy(() -> exchange.importPlan(bytes(valid(freshCode("by-reader")))))
				.isInstanceOf(AccessDeniedException.class);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		assertThat(StoredRows.count(db)).isEqualTo(before);
	}
}
