package org.fugong.workforce;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Picks the few results and declarations that need someone's attention out of
 * the many recorded, in the transaction that records them: a positive test, an
 * abnormal health declaration. Listeners that keep a durable record of each
 * event they follow (alerts) then follow only these.
 */
@Component
@RequiredArgsConstructor
class Abnormalities {

	private final ApplicationEventPublisher events;

	@EventListener
	void on(TestResultRecorded event) {
		if (event.outcome() == TestOutcome.POSITIVE) {
			this.events.publishEvent(new PositiveTestRecorded(event.enterpriseId(), event.employeeId(), event.kind(),
					event.sampledAt()));
		}
	}

	@EventListener
	void on(HealthDeclared event) {
		if (event.abnormal()) {
			this.events.publishEvent(new AbnormalHealthDeclared(event.enterpriseId(), event.employeeId(), event.date()));
		}
	}

}
