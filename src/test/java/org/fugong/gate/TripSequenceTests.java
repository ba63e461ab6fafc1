package org.fugong.gate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The loop's order: checkpoint IN → ARRIVE → DEPART → checkpoint OUT, every step judged against the last. */
class TripSequenceTests {

	@Test
	void theLoopInOrderIsNeverFlagged() {
		assertThat(TripSequence.flag(null, Direction.IN)).isNull();
		assertThat(TripSequence.flag(Direction.IN, Direction.ARRIVE)).isNull();
		assertThat(TripSequence.flag(Direction.ARRIVE, Direction.DEPART)).isNull();
		assertThat(TripSequence.flag(Direction.DEPART, Direction.OUT)).isNull();
		assertThat(TripSequence.flag(Direction.OUT, Direction.IN)).isNull();
	}

	@Test
	void anotherDeliveryBeforeLeavingIsInOrder() {
		assertThat(TripSequence.flag(Direction.DEPART, Direction.ARRIVE)).isNull();
	}

	@Test
	void aDepartureWithoutAnArrivalKeepsItsOwnFlag() {
		for (Direction previous : new Direction[] { null, Direction.IN, Direction.DEPART, Direction.OUT }) {
			assertThat(TripSequence.flag(previous, Direction.DEPART)).isEqualTo(TripSequence.DEPART_WITHOUT_ARRIVAL);
		}
	}

	@Test
	void everyOtherStepIsOutOfOrder() {
		assertThat(TripSequence.flag(null, Direction.ARRIVE)).isEqualTo(TripSequence.OUT_OF_ORDER);
		assertThat(TripSequence.flag(null, Direction.OUT)).isEqualTo(TripSequence.OUT_OF_ORDER);
		assertThat(TripSequence.flag(Direction.IN, Direction.IN)).isEqualTo(TripSequence.OUT_OF_ORDER);
		assertThat(TripSequence.flag(Direction.IN, Direction.OUT)).isEqualTo(TripSequence.OUT_OF_ORDER);
		assertThat(TripSequence.flag(Direction.ARRIVE, Direction.ARRIVE)).isEqualTo(TripSequence.OUT_OF_ORDER);
		assertThat(TripSequence.flag(Direction.ARRIVE, Direction.OUT)).isEqualTo(TripSequence.OUT_OF_ORDER);
		assertThat(TripSequence.flag(Direction.ARRIVE, Direction.IN)).isEqualTo(TripSequence.OUT_OF_ORDER);
		assertThat(TripSequence.flag(Direction.OUT, Direction.ARRIVE)).isEqualTo(TripSequence.OUT_OF_ORDER);
	}

	@Test
	void theStepExpectedNextFollowsTheLoop() {
		assertThat(TripSequence.expectedAfter(null)).isEqualTo(Direction.IN);
		assertThat(TripSequence.expectedAfter(Direction.IN)).isEqualTo(Direction.ARRIVE);
		assertThat(TripSequence.expectedAfter(Direction.ARRIVE)).isEqualTo(Direction.DEPART);
		assertThat(TripSequence.expectedAfter(Direction.DEPART)).isEqualTo(Direction.OUT);
		assertThat(TripSequence.expectedAfter(Direction.OUT)).isEqualTo(Direction.IN);
	}

}
