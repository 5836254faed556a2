"""Quality gate: extraction scores on the annotated set must not drop below the baseline."""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from bench.eval_extraction import BASELINE, evaluate  # noqa: E402


def test_scores_do_not_drop_below_the_pinned_baseline() -> None:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    scores = evaluate()
    for name, pinned in baseline.items():
        if name == "false_events_nonviolent":
            assert scores[name] <= pinned, (name, scores[name], pinned)
        else:
            assert scores[name] >= pinned, (name, scores[name], pinned)
