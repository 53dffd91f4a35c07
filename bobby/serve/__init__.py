"""`bobby serve`: the model held in memory, posts on a schedule, a small HTTP API.

- `service`: the long-lived process (`serve`, `Service`, `ServeOptions`).
- `plan`: when to post (interval, jitter, quiet hours, daily limit), as pure functions.
- `api`: GET /health, POST /generate, GET /history on 127.0.0.1.
"""

from bobby.serve.plan import QuietHours, Schedule, Step
from bobby.serve.service import ServeOptions, Service, serve

__all__ = ["QuietHours", "Schedule", "ServeOptions", "Service", "Step", "serve"]
