"""A message acknowledged across a rebalance is not committed (no broker needed: faust's own
consumer bookkeeping, the consumer never started).

What faust does at a rebalance: its stream skips a message handed over once the revocation has
begun (flow stopped) or fetched in an earlier generation, and acknowledges it
(``faust.streams.Stream``: ``event.ack()`` for ``skipped_value``); the acknowledgement reaches
the consumer as below. The integration test ``test_two_workers_give_the_same_state`` lost an
article that way in 1 of 3 runs on a loaded machine before the fix.
"""

from __future__ import annotations

from collections.abc import Iterator

import faust
import pytest
from faust.types import TP
from faust.types.tuples import ConsumerMessage

from streams.engines.kafka import consumer

TOPIC = TP("articles", 0)


@pytest.fixture
def app() -> Iterator[faust.App]:
    app = faust.App("test-consumer", broker="kafka://127.0.0.1:9", autodiscover=False)
    app.topics.acking_topics.add(TOPIC.topic)
    app.flow_control.resume()  # a worker between rebalances
    yield app


def _message(app: faust.App, offset: int) -> ConsumerMessage:
    message = ConsumerMessage(
        TOPIC.topic, TOPIC.partition, offset, 0.0, None, None, b"k", b"v", None, 1, 1,
        tp=TOPIC, generation_id=app.consumer_generation_id,
    )
    message.incref()  # handed to one stream
    return message


def test_faust_commits_a_message_acknowledged_once_a_rebalance_began(app: faust.App) -> None:
    """The loss itself, with faust's own consumer: the skipped offset counts as done."""
    message = _message(app, 7)
    app.flow_control.suspend()  # what a revocation does first
    message.ack(app.consumer)  # what faust's stream does with a message it skips
    assert 7 in app.consumer._acked[TOPIC]


def test_an_offset_acknowledged_once_a_rebalance_began_is_not_committed(app: faust.App) -> None:
    consumer.install(app)
    message = _message(app, 7)
    app.flow_control.suspend()
    message.ack(app.consumer)
    assert message.acked, "done with, so the revocation does not wait for it"
    assert 7 not in app.consumer._acked[TOPIC]


def test_an_offset_of_an_earlier_generation_is_not_committed(app: faust.App) -> None:
    consumer.install(app)
    app.consumer_generation_id = 1
    before = _message(app, 3)
    app.consumer_generation_id = 2  # a rebalance ended while the message was processed
    now = _message(app, 4)
    before.ack(app.consumer)
    now.ack(app.consumer)
    assert before.acked and now.acked
    assert list(app.consumer._acked[TOPIC]) == [4]
