"""The teams store's silences: what the Kafka publisher carries to the workers."""

from datetime import UTC, datetime, timedelta

from streams.api.store import IncidentMark, SqliteTeamStore


def test_silences_lists_every_teams_marks_whose_silence_has_not_ended(tmp_path):
    store = SqliteTeamStore(tmp_path / "teams.sqlite3")
    try:
        team_a, _ = store.create_team("a")
        team_b, _ = store.create_team("b")
        now = datetime.now(UTC)
        store.silence(team_a.team_id, "i1", now + timedelta(hours=1))
        store.silence(team_b.team_id, "i2", now + timedelta(seconds=1))
        store.acknowledge(team_b.team_id, "i3")  # acknowledged, not silenced
        silences = store.silences()
        assert [(team, mark.incident_id) for team, mark in silences] == sorted(
            [(team_a.team_id, "i1"), (team_b.team_id, "i2")]
        )
        assert all(mark.silenced() for _, mark in silences)
        assert store.is_silenced(team_a.team_id, "i1") and not store.is_silenced(team_b.team_id, "i3")
    finally:
        store.close()


def test_a_mark_is_silenced_until_its_time_only():
    mark = IncidentMark("i1", None, "2026-01-01T12:00:00+00:00")
    assert mark.silenced("2026-01-01T11:59:59+00:00")
    assert not mark.silenced("2026-01-01T12:00:00+00:00")
    assert not IncidentMark("i1", "2026-01-01T10:00:00+00:00", None).silenced("2020-01-01T00:00:00+00:00")
