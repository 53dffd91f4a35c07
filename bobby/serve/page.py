"""The review page of `bobby serve`, at /: the queue, the generate form, the status bar and
the history, as server-rendered HTML that htmx (vendored in static/, no build step, nothing
fetched at run time) swaps in place, and a server-sent event stream that shows candidates
the moment they are written, on every open page.

Each endpoint parses, calls the service (`bobby.serve.service.Service`) and renders; the
rules live in `bobby.serve.review` and the state database. The Guard in `bobby.serve.api`
has already checked the Host, the Origin and the CSRF token of every request here.
"""

from __future__ import annotations

import hmac
import queue as queues
import secrets
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from functools import cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from bobby import state
from bobby import text as textlib
from bobby.errors import BobbyError
from bobby.post import web_url
from bobby.serve import review
from bobby.serve.access import LOGIN, Access, admit, cookie_name
from bobby.serve.responses import BadRequest, Conflict, Forbidden, TooMany, answers, body

if TYPE_CHECKING:
    from bobby.serve.service import Service

HERE = Path(__file__).parent
HISTORY_PAGE = 25  # rows of history per page
MAX_SEARCH = 200  # characters of a search in the history
QUEUE_SHOWN = 50  # queued candidates on the page at most (newest first; more as these go)
# The session cookie's attributes, as set at login and cleared at logout (a browser drops
# a cookie only for the same path): scripts never read it, no other site sends it.
SESSION_COOKIE: dict[str, Any] = {"path": "/", "httponly": True, "samesite": "strict"}
KEEP_ALIVE = 15.0  # seconds between comments on an idle event stream
FORM_FIELDS = ("prompt", "temp", "top_p", "n", "max_tokens", "seed")
REAL_NETWORK = "https://bsky.social"
MAX_INTEGER = 2**63 - 1  # SQLite's largest integer
MAX_STREAMS = 8  # open event streams (pages) at once: each holds a worker thread


@cache
def _templates() -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["graphemes"] = textlib.graphemes
    env.filters["name"] = lambda path: Path(path).name if path else "none"
    env.filters["clock"] = _clock
    env.filters["marked"] = marked
    env.filters["facetted"] = facetted
    return env


def facetted(text: str) -> Any:
    """`text`, escaped, as Bluesky will show it: each link, #tag and $cashtag a facet in a
    <span> of its kind (no mention is: the gate refuses them, and a real post links only
    a handle that resolves). The facets are the ones `bobby post` writes."""
    from markupsafe import Markup, escape

    from bobby.bluesky.richtext import facets

    data, parts, at = text.encode(), [], 0
    for facet in facets(text, lambda handle: None):
        start, end = facet["index"]["byteStart"], facet["index"]["byteEnd"]
        kind = facet["features"][0]["$type"].rsplit("#", 1)[-1]
        parts += [escape(data[at:start].decode(errors="replace")), Markup(f'<span class="facet {kind}">')]  # fmt: skip
        parts += [escape(data[start:end].decode(errors="replace")), Markup("</span>")]
        at = end
    parts.append(escape(data[at:].decode(errors="replace")))
    return Markup("").join(parts)


def marked(text: str, spans: list[tuple[int, int]]) -> Any:
    """`text`, escaped, with the character spans `spans` in <mark>: the words a candidate
    shares with the post it is closest to (both texts are untrusted; spans out of order or
    out of range, as a hand-edited state database may hold, are left unmarked)."""
    from markupsafe import Markup, escape

    parts, at = [], 0
    for start, end in sorted(spans):
        if at <= start < end <= len(text):
            parts += [escape(text[at:start]), Markup("<mark>"), escape(text[start:end])]
            parts.append(Markup("</mark>"))
            at = end
    parts.append(escape(text[at:]))
    return Markup("").join(parts)


def _clock(value: str | datetime | None) -> str:
    """A time for people: local, with its date and time zone (a page left open past
    midnight, or read from another zone, still says when)."""
    if not value:
        return ""
    when = datetime.fromisoformat(value) if isinstance(value, str) else value
    return f"{when.astimezone():%Y-%m-%d %H:%M:%S %Z}"


def render(name: str, **values: Any) -> str:
    return _templates().get_template(name).render(**values)


def _html(text: str, status: int = 200) -> Any:
    from starlette.responses import HTMLResponse

    return HTMLResponse(text, status)


def _form(request: Any) -> dict[str, str]:
    """The page's form fields (urlencoded, as htmx sends them), last value wins."""
    try:
        fields = parse_qs(body(request).decode(), keep_blank_values=True, strict_parsing=False)
    except UnicodeDecodeError:
        raise BadRequest("the form is not UTF-8") from None
    return {key: values[-1] for key, values in fields.items()}


def _number(text: str) -> int | float | str:
    """A form field as the number it spells, or as it is (the settings check names it)."""
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def _candidate_id(request: Any) -> int:
    return _whole(request.path_params["id"], "the candidate number", 1, MAX_INTEGER)


def _whole(text: str, what: str, low: int, high: int) -> int:
    """A whole number from a request, within what the state database can hold."""
    try:
        number = int(text)
    except ValueError:
        raise BadRequest(f"{what} must be a whole number") from None
    if not low <= number <= high:
        raise BadRequest(f"{what} must be between {low} and {high}")
    return number


class Page:
    """The endpoints of the page, bound to one service."""

    def __init__(self, service: Service, token: str, logins: bool = False) -> None:
        self.service, self.token, self.logins = service, token, logins

    # Rendering.

    def when(self, item: state.QueueItem) -> str:
        """When a candidate would go out, in words."""
        service = self.service
        if item.post_status == "posted":
            return "posted"
        if item.post_status == "dry-run":
            return "nowhere (a dry run)"
        if item.decision == "post-now":
            return "posting now"
        if item.decision == "rejected":
            return "never"
        slot = _clock(service.next_at) if service.next_at else "the first slot"
        if service.paused:
            return "when the schedule is resumed"
        return f"at the next slot ({slot})" + ("" if item.decision else " once approved")

    def link(self, uri: str | None) -> str | None:
        """A post's bsky.app address on the real network, its at:// URI elsewhere."""
        if not uri:
            return None
        return web_url(uri) if self.service.bluesky.pds.rstrip("/") == REAL_NETWORK else uri

    def card(self, item: state.QueueItem, error: str | None = None, **typed: Any) -> str:
        """A candidate's card; `typed` (text, and its verdict and size) keeps what a
        person wrote in its box when the server refused it."""
        values = dict(item=item, when=self.when(item), link=self.link, error=error, **typed)
        return render("card.html", langs=self.service.langs, **values)

    def scheduled(self) -> str:
        """What is approved and waits to go out, in its order, each with its time: a post
        now at once, the first of the others at the next slot, each later one an interval
        after it (about: the jitter and the quiet hours move them); and whether each can
        move earlier or later."""
        service = self.service
        with state.database(service.db_path) as db:
            items = state.review_queue(db, "waiting")
        every = timedelta(seconds=service.schedule.every)
        slots = [item.candidate.id for item in items if item.waits_for_slot]
        rows = []
        for item in items:
            slot = slots.index(item.candidate.id) if item.waits_for_slot else None
            if slot is None:
                at = "posting now"
            elif service.paused:
                at = "when the schedule is resumed"
            elif service.next_at is None:
                after = f"{slot} slot{'s' if slot > 1 else ''} after the first"
                at = "at the first slot" if slot == 0 else after
            else:
                when = _clock(service.next_at + slot * every)
                at = f"at {when}" if slot == 0 else f"about {when}"
            earlier = slot is not None and slot > 0
            later = slot is not None and slot + 1 < len(slots)
            rows.append((item, at, earlier, later))
        return render("scheduled.html", items=rows)

    def status(self) -> str:
        health = self.service.health()
        with state.database(self.service.db_path) as db:
            failed = state.decisions(db, ["failed-will-retry"], limit=1)
            waiting = state.count_open(db)
            scheduled = len(state.review_queue(db, "waiting"))
        last = health["last_decision"]
        last_error = failed[0] if failed and last and last["action"].startswith("failed") else None
        return render(
            "status.html", h=health, last_error=last_error, waiting=waiting, scheduled=scheduled
        )

    def queue(self) -> str:
        with state.database(self.service.db_path) as db:
            items = state.review_queue(db, "open", QUEUE_SHOWN)
            waiting = state.count_open(db) if len(items) == QUEUE_SHOWN else len(items)
        cards = "".join(self.card(item) for item in items)
        more = waiting - len(items)
        return (cards + render("more.html", more=more)) if cards else render("empty.html")

    def history(self, page: int, search: str = "") -> str:
        """A page of the history, of the rows holding `search` where one is given."""
        with state.database(self.service.db_path) as db:
            rows = state.history(db, HISTORY_PAGE + 1, page * HISTORY_PAGE, search)
        return render(
            "history.html",
            rows=rows[:HISTORY_PAGE],
            page=page,
            more=len(rows) > HISTORY_PAGE,
            link=self.link,
            search=search,
        )

    # Endpoints (each runs in a worker thread).

    def index(self, request: Any) -> Any:
        return _html(
            render(
                "page.html",
                token=self.token,
                status=self.status(),
                queue=self.queue(),
                scheduled=self.scheduled(),
                history=self.history(0),
                defaults=self.service.generate_options,
                logins=self.logins,
            )
        )

    def status_part(self, request: Any) -> Any:
        return _html(self.status())

    def scheduled_part(self, request: Any) -> Any:
        return _html(self.scheduled())

    def favicon(self, request: Any) -> Any:
        from starlette.responses import FileResponse

        return FileResponse(HERE / "static" / "favicon.svg", media_type="image/svg+xml")

    def history_part(self, request: Any) -> Any:
        page = _whole(request.query_params.get("page", "0"), "page", 0, MAX_INTEGER // HISTORY_PAGE)
        search = request.query_params.get("q", "").strip()
        if len(search) > MAX_SEARCH:
            raise BadRequest(f"a search is at most {MAX_SEARCH} characters")
        return _html(self.history(page, search))

    def decide(self, action: state.ReviewAction, request: Any) -> Any:
        form = _form(request)
        candidate_id = _candidate_id(request)
        try:
            item = self.service.decide(
                candidate_id, action, form.get("text"), form.get("reason") or None
            )
        except BobbyError as err:  # refused (the gate): the card says why, in place,
            item = review.item(self.service.db_path, candidate_id)  # with what was typed
            typed = form.get("text")
            if typed is None or item.decision is not None:
                return _html(self.card(item, str(err)))
            verdict = self.service.check_text(typed.strip())
            size = textlib.graphemes(typed.strip())
            return _html(self.card(item, str(err), text=typed, verdict=verdict, size=size))
        return _html(self.card(item))

    def take_back(self, action: state.ReviewAction, request: Any) -> Any:
        """Un-approve (from the Scheduled list, or Undo after an Approve) or bring back a
        rejected candidate (Undo after a Reject): its card, waiting for a person again; a
        409 where that is no longer possible (its post went out meanwhile, say)."""
        return _html(self.card(self.service.take_back(_candidate_id(request), action)))

    def move(self, by: int, request: Any) -> Any:
        """Earlier / Later in the Scheduled list: the list again, its times recomputed."""
        self.service.move(_candidate_id(request), by)
        return _html(self.scheduled())

    def regenerate(self, request: Any) -> Any:
        """Reject a candidate ("regenerated") and write one more with its settings."""
        candidate_id = _candidate_id(request)
        item = review.item(self.service.db_path, candidate_id)
        if item.replying_to is not None:  # the page's generation writes posts, not answers
            raise BadRequest("an answer cannot be regenerated here: edit it or reject it")
        if item.decision is not None:
            raise Conflict(f"candidate {candidate_id} was {item.decision} already")
        settings = {k: v for k, v in item.candidate.sampling.items() if k != "seed"}
        self.service.generate_live({**settings, "n": 1})
        self.service.decide(candidate_id, "rejected", reason="regenerated")
        return _html(self.card(review.item(self.service.db_path, candidate_id)))

    def check(self, request: Any) -> Any:
        text = _form(request).get("text", "").strip()
        verdict = self.service.check_text(text)
        size, langs = textlib.graphemes(text), self.service.langs
        return _html(render("verdict.html", verdict=verdict, size=size, langs=langs))

    def generate(self, request: Any) -> Any:
        form = _form(request)
        settings: dict[str, Any] = {
            key: (form[key] if key == "prompt" else _number(form[key]))
            for key in FORM_FIELDS
            if form.get(key, "").strip()
        }
        options = self.service.generate_live(settings)
        return _html(f"0 of {options.n} written")

    def pause(self, paused: bool, request: Any) -> Any:
        self.service.pause(paused)
        return _html(self.status())

    def events(self, request: Any) -> Any:
        """The page's event stream; at most MAX_STREAMS at once, since each holds a worker
        thread while it waits (more would leave none for the page's other requests)."""
        subscriber = self.service.events.subscribe(MAX_STREAMS)
        if subscriber is None:
            raise TooMany(f"{MAX_STREAMS} pages are open already: close one, then reload")
        return _stream_class()(
            self._stream(subscriber),
            lambda: self.service.events.unsubscribe(subscriber),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    def _stream(self, subscriber: queues.Queue) -> Iterator[str]:
        """Server-sent events: `candidate` (a new card), `changed` (a card's new state),
        `generating` (the generation's progress), until the service stops."""
        try:
            yield "retry: 2000\n\n"
            while not self.service.stopping:
                try:
                    event = subscriber.get(timeout=KEEP_ALIVE)
                except queues.Empty:
                    yield ": still here\n\n"
                    continue
                if event is review.CLOSED:
                    return
                kind, data = event
                if kind in ("candidate", "changed"):
                    item = review.item(self.service.db_path, data)
                    yield _event(kind, self.card(item))
                else:
                    yield _event(kind, render("text.html", text=data))
        finally:
            self.service.events.unsubscribe(subscriber)


@cache
def _stream_class() -> type:
    """Starlette's StreamingResponse, calling `closed` however the stream ends: a browser
    gone before its stream started leaves a generator that never runs its `finally`."""
    from starlette.responses import StreamingResponse

    class Stream(StreamingResponse):
        def __init__(self, content: Iterator[str], closed: Callable[[], None], **kw: Any):
            super().__init__(content, **kw)
            self.closed = closed

        async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
            try:
                await super().__call__(scope, receive, send)
            finally:
                self.closed()

    return Stream


def _event(kind: str, html: str) -> str:
    lines = "".join(f"data: {line}\n" for line in html.splitlines() or [""])
    return f"event: {kind}\n{lines}\n"


class Login:
    """The login form of a server bound beyond loopback: the access token, once, for a
    session cookie. The form carries a nonce of its own (its CSRF token), and the Guard
    has checked its Origin."""

    def __init__(self, access: Access) -> None:
        self.access, self.nonce = access, secrets.token_urlsafe(16)

    def form(self, request: Any, error: str | None = None, status: int = 200) -> Any:
        return _html(render("login.html", nonce=self.nonce, error=error), status)

    def login(self, request: Any) -> Any:
        from starlette.responses import RedirectResponse

        form = _form(request)
        if not hmac.compare_digest(form.get("nonce", "").encode(), self.nonce.encode()):
            raise Forbidden("the login form is stale: reload it")
        client = request.client.host if request.client else "unknown"
        try:
            admit(self.access, form.get("token", "").strip(), client)
        except BadRequest as err:  # the form again, with why in one line
            return self.form(request, str(err), err.status)
        answer = RedirectResponse("/", 303)
        answer.set_cookie(
            cookie_name(request.scope["server"][1]),
            self.access.new_session(),
            secure=request.url.scheme == "https",
            **SESSION_COOKIE,
        )
        return answer

    def logout(self, request: Any) -> Any:
        """The page's "Log out" (sent as htmx sends it, with the page's token): the
        session ends on the server, the cookie goes, and the browser goes to the form."""
        from starlette.responses import Response

        name = cookie_name(request.scope["server"][1])
        self.access.end_session(request.cookies.get(name))
        answer = Response(status_code=200, headers={"HX-Redirect": LOGIN})
        answer.delete_cookie(name, **SESSION_COOKIE)
        return answer


def routes(service: Service, token: str, access: Access | None = None) -> list[Any]:
    """The page's routes: /, /favicon.ico and /static/ (GET), /review/... (GET and POST),
    and with an access token /login (GET and POST) and /review/logout (POST)."""
    from starlette.routing import Mount, Route
    from starlette.staticfiles import StaticFiles

    page = Page(service, token, logins=access is not None)
    post = ["POST"]
    login: list[Any] = []
    if access is not None:
        form = Login(access)
        login = [
            Route(LOGIN, answers(form.form)),
            Route(LOGIN, answers(form.login), methods=post),
            Route("/review/logout", answers(form.logout), methods=post),
        ]
    return [
        *login,
        Route("/", answers(page.index)),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
        Route("/review/status", answers(page.status_part)),
        Route("/review/history", answers(page.history_part)),
        Route("/review/scheduled", answers(page.scheduled_part)),
        Route("/favicon.ico", answers(page.favicon)),
        Route("/review/events", answers(page.events)),
        Route("/review/check", answers(page.check), methods=post),
        Route("/review/generate", answers(page.generate), methods=post),
        Route("/review/pause", answers(partial(page.pause, True)), methods=post),
        Route("/review/resume", answers(partial(page.pause, False)), methods=post),
        Route("/review/{id}/approve", answers(partial(page.decide, "approved")), methods=post),
        Route("/review/{id}/post-now", answers(partial(page.decide, "post-now")), methods=post),
        Route("/review/{id}/reject", answers(partial(page.decide, "rejected")), methods=post),
        Route("/review/{id}/regenerate", answers(page.regenerate), methods=post),
        Route(
            "/review/{id}/unapprove", answers(partial(page.take_back, "unapproved")), methods=post
        ),
        Route(
            "/review/{id}/unreject", answers(partial(page.take_back, "unrejected")), methods=post
        ),
        Route("/review/{id}/earlier", answers(partial(page.move, -1)), methods=post),
        Route("/review/{id}/later", answers(partial(page.move, 1)), methods=post),
    ]
