"""What every handler needs from the app: its parts, and the team behind the request's token."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from streams.api.backends import Backend
from streams.api.feeds import AlertFeed
from streams.api.metrics import ApiMetrics
from streams.api.security import RateLimiter, StreamSlots
from streams.api.store import SqliteTeamStore, Team
from streams.ops.sources import SourceHealthProbe
from streams.settings import Settings

__all__ = ["ApiState", "CurrentTeam", "Parts", "current_team", "parts"]

BEARER = HTTPBearer(auto_error=False, description="A team token from `newswatch teams create NAME`")


@dataclass
class ApiState:
    """The app's parts, built by ``create_app`` and kept on ``app.state.parts``."""

    backend: Backend
    feed: AlertFeed
    limiter: RateLimiter
    slots: StreamSlots
    metrics: ApiMetrics
    keepalive: float
    kafka_bootstrap: str | None
    teams_path: str
    settings: Settings
    sources: SourceHealthProbe
    stopping: asyncio.Event = field(default_factory=asyncio.Event)
    _teams: SqliteTeamStore | None = None

    @property
    def teams(self) -> SqliteTeamStore:
        if self._teams is None:
            raise RuntimeError("the team store is opened when the app starts")
        return self._teams

    def open(self) -> None:
        self._teams = SqliteTeamStore(self.teams_path)

    def close(self) -> None:
        if self._teams is not None:
            self._teams.close()
            self._teams = None


def parts(request: Request) -> ApiState:
    state: ApiState = request.app.state.parts
    return state


Parts = Annotated[ApiState, Depends(parts)]


def _unauthorized(message: str) -> HTTPException:
    return HTTPException(401, message, headers={"WWW-Authenticate": "Bearer"})


def current_team(
    state: Parts, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)]
) -> Team:
    """The team whose token came in ``Authorization: Bearer``; 401 without a valid one, 429 when
    the team is over its request rate."""
    if credentials is None:
        raise _unauthorized("missing token: send Authorization: Bearer <team token>")
    team = state.teams.authenticate(credentials.credentials)
    if team is None:
        raise _unauthorized("invalid token")
    if not state.limiter.hit(team.team_id):
        state.metrics.refused.labels("rate").inc()
        raise HTTPException(
            429, "too many requests for this team", headers={"Retry-After": str(state.limiter.retry_after)}
        )
    return team


CurrentTeam = Annotated[Team, Depends(current_team)]
