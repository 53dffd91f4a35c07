"""`bobby serve`: the model held in memory, posts on a schedule, a small HTTP API.

- `service`: the long-lived process (`serve`, `Service`, `ServeOptions`).
- `plan`: when to post (interval, jitter, quiet hours, daily limit), as pure functions.
- `api`: GET /health, POST /generate, GET /history on 127.0.0.1.
"""

from bobby import lazy

__all__ = lazy.exports(
    __name__,
    {
        "QuietHours": "bobby.serve.plan",
        "Schedule": "bobby.serve.plan",
        "Step": "bobby.serve.plan",
        "ServeOptions": "bobby.serve.service",
        "Service": "bobby.serve.service",
        "serve": "bobby.serve.service",
    },
)
