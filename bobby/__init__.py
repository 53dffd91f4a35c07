"""bobby: turn your Twitter/X archive into a bot that posts like you on Bluesky."""

__version__ = "0.1.0"
