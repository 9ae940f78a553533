"""HTTP client for the Trellis API (urllib + json): outputs in batches, retried safely."""

from __future__ import annotations

import json
import random as _random
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from email.utils import parsedate_to_datetime
from typing import Any, Callable, Dict, Iterable, List, Optional

MAX_BATCH_SIZE = 1000
# Answers worth another attempt: every call here is idempotent (outputs carry a client id, reads are reads).
RETRYABLE_STATUS = {429, 500, 502, 503, 504}


class TrellisError(Exception):
    """A request Trellis refused (problem+json in `problem`) or that never got an answer (status 0)."""

    def __init__(self, status: int, problem: Dict[str, Any], attempts: int) -> None:
        self.status = status
        self.problem = problem
        self.attempts = attempts
        detail = problem.get("detail") or problem.get("title") or "request failed"
        super().__init__(f"{status}: {detail}" if status else detail)


def parse_retry_after(value: Optional[str], now: Optional[float] = None) -> Optional[float]:
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        at = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, at - (time.time() if now is None else now))


def backoff_delay(attempt: int, base_delay: float, max_delay: float, random: Callable[[], float]) -> float:
    """Full-jitter exponential backoff: a uniform time in [0, min(max_delay, base_delay * 2**attempt)]."""
    return random() * min(max_delay, base_delay * 2**attempt)


def _output_body(output: Dict[str, Any]) -> Dict[str, Any]:
    """The API's field names from a Python dict (client_id or clientId, judge_score or judgeScore)."""
    body: Dict[str, Any] = {}
    for key, value in output.items():
        if value is None:
            continue
        body[{"client_id": "clientId", "judge_score": "judgeScore"}.get(key, key)] = value
    return body


def _with_client_id(output: Dict[str, Any]) -> Dict[str, Any]:
    """The output with a client id: the caller's, or one generated now, so every retry sends the same one."""
    body = _output_body(output)
    if not body.get("clientId"):
        body["clientId"] = str(uuid.uuid4())
    return body


class ReviewTimeoutError(TrellisError):
    """wait_for_review gave up: `output` is the output as last read (status queued or second_review)."""

    def __init__(self, output: Dict[str, Any], timeout: float) -> None:
        self.output = output
        self.timeout = timeout
        super().__init__(
            0,
            {
                "title": "Review timed out",
                "detail": f"output {output.get('id')} was not reviewed within {timeout:g} s "
                f"(status {output.get('status')})",
            },
            1,
        )


# Statuses that end a wait: a review gave its verdict (a second review only adds agreement), or released.
REVIEW_DONE = {"reviewed", "second_review", "released"}


class TrellisClient:
    """
    client = TrellisClient("https://trellis.example.com", token)
    decision = client.log_output(workflow_id, "the reply", client_id="ticket-1", metadata={"language": "en"})

    Failed requests (429, 5xx, no answer) are retried up to `retries` times with full-jitter exponential
    backoff, waiting at least what a Retry-After header asks for. Outputs are idempotent by client id: one
    is generated when you give none, once per output, and reused on every retry.
    """

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        retries: int = 5,
        base_delay: float = 0.2,
        max_delay: float = 10.0,
        timeout: float = 30.0,
        batch_size: int = 500,
        sleep: Callable[[float], None] = time.sleep,
        random: Callable[[], float] = _random.random,
    ) -> None:
        if not 1 <= batch_size <= MAX_BATCH_SIZE:
            raise ValueError(f"batch_size must be 1–{MAX_BATCH_SIZE}")
        self.base_url = base_url.rstrip("/")
        self._token = token
        self.retries = retries
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.timeout = timeout
        self.batch_size = batch_size
        self._sleep = sleep
        self._random = random

    def __repr__(self) -> str:  # never the token
        return f"TrellisClient({self.base_url!r})"

    # -- outputs ---------------------------------------------------------------------------------------

    def log_output(
        self,
        workflow_id: str,
        content: Optional[str] = None,
        *,
        client_id: Optional[str] = None,
        link: Optional[str] = None,
        metadata: Optional[Dict[str, Any]] = None,
        judge_score: Optional[float] = None,
    ) -> Dict[str, Any]:
        """Logs one output; returns Trellis's decision (`review`: hold it for a person, or release it)."""
        body = _with_client_id(
            {"client_id": client_id, "content": content, "link": link, "metadata": metadata, "judge_score": judge_score}
        )
        return self._request("POST", f"/api/v1/workflows/{_quote(workflow_id)}/outputs", body)

    def log_outputs(
        self, workflow_id: str, outputs: Iterable[Dict[str, Any]], *, batch_size: Optional[int] = None
    ) -> List[Dict[str, Any]]:
        """Logs outputs in batches (each stored all or nothing); decisions in input order."""
        with self.batcher(workflow_id, batch_size=batch_size) as batcher:
            for output in outputs:
                batcher.add(output)
        return batcher.decisions

    def batcher(
        self,
        workflow_id: str,
        *,
        batch_size: Optional[int] = None,
        on_decisions: Optional[Callable[[List[Dict[str, Any]]], None]] = None,
    ) -> "Batcher":
        """A buffer that sends a batch each time `batch_size` outputs are added, and the rest on flush()."""
        return Batcher(self, workflow_id, batch_size or self.batch_size, on_decisions)

    def get_decision(self, output_id: str) -> Dict[str, Any]:
        """The output as stored now: its decision and status (queued, second_review, reviewed, released)."""
        return self._request("GET", f"/api/v1/outputs/{_quote(output_id)}")

    def get_output_by_client_id(self, workflow_id: str, client_id: str) -> Dict[str, Any]:
        """The output logged in `workflow_id` with `client_id`, as get_decision gives it (404 if never logged)."""
        return self._request(
            "GET", f"/api/v1/workflows/{_quote(workflow_id)}/outputs/by-client-id/{_quote(client_id)}"
        )

    def wait_for_review(
        self,
        output_id: Optional[str] = None,
        *,
        workflow_id: Optional[str] = None,
        client_id: Optional[str] = None,
        timeout: float = 600.0,
        interval: float = 1.0,
        max_interval: float = 15.0,
    ) -> Dict[str, Any]:
        """
        Waits until a person has reviewed the output (or Trellis released it unreviewed) and returns it: in
        gate mode, release a held output when `defect` is False and fix it when True. Give `output_id`, or
        `workflow_id` and the `client_id` you logged it with. Polls with backoff (1 s, growing ×1.5 up to
        `max_interval`); raises ReviewTimeoutError holding the last state after `timeout` seconds, and
        TrellisError (status 404) for an output that was never logged.
        """
        if (output_id is None) == (client_id is None):
            raise ValueError("give output_id, or workflow_id and client_id")
        if client_id is not None and not workflow_id:
            raise ValueError("client_id needs the workflow_id it was logged in")
        if timeout < 0 or interval <= 0 or max_interval <= 0:
            raise ValueError("timeout must be ≥ 0 and the intervals > 0")

        def read() -> Dict[str, Any]:
            if output_id is not None:
                return self.get_decision(output_id)
            return self.get_output_by_client_id(workflow_id or "", client_id or "")

        started = time.monotonic()
        slept = 0.0
        pause = interval
        while True:
            current = read()
            if current.get("status") in REVIEW_DONE:
                return current
            # The time waited: the pauses taken, or the clock if requests took longer.
            remaining = timeout - max(slept, time.monotonic() - started)
            if remaining <= 0:
                raise ReviewTimeoutError(current, timeout)
            step = min(pause, remaining)
            self._sleep(step)
            slept += step
            pause = min(max_interval, pause * 1.5)

    def _send_batch(self, workflow_id: str, outputs: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
        body = self._request("POST", f"/api/v1/workflows/{_quote(workflow_id)}/outputs/batch", {"outputs": outputs})
        return body["items"]

    # -- transport -------------------------------------------------------------------------------------

    def _request(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode("utf-8")
        headers = {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}
        if data is not None:
            headers["Content-Type"] = "application/json"
        attempt = 0
        while True:
            request = urllib.request.Request(self.base_url + path, data=data, method=method, headers=headers)
            retry_after: Optional[float] = None
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    text = response.read().decode("utf-8")
                    return json.loads(text) if text else None
            except urllib.error.HTTPError as error:
                status = error.code
                problem = _problem(error)
                retry_after = parse_retry_after(error.headers.get("Retry-After"))
                if status not in RETRYABLE_STATUS or attempt >= self.retries:
                    raise TrellisError(status, problem, attempt + 1) from None
            except (urllib.error.URLError, OSError) as error:  # no answer: refused, reset, timed out
                if attempt >= self.retries:
                    reason = getattr(error, "reason", error)
                    raise TrellisError(0, {"title": "Network error", "detail": str(reason)}, attempt + 1) from None
            delay = backoff_delay(attempt, self.base_delay, self.max_delay, self._random)
            self._sleep(delay if retry_after is None else max(retry_after, delay))
            attempt += 1


class Batcher:
    """Collects outputs and logs them `batch_size` at a time; use as a context manager to flush at the end."""

    def __init__(
        self,
        client: TrellisClient,
        workflow_id: str,
        batch_size: int,
        on_decisions: Optional[Callable[[List[Dict[str, Any]]], None]] = None,
    ) -> None:
        if not 1 <= batch_size <= MAX_BATCH_SIZE:
            raise ValueError(f"batch_size must be 1–{MAX_BATCH_SIZE}")
        self._client = client
        self._workflow_id = workflow_id
        self._batch_size = batch_size
        self._on_decisions = on_decisions
        self._pending: List[Dict[str, Any]] = []
        self.decisions: List[Dict[str, Any]] = []

    def add(self, output: Dict[str, Any]) -> str:
        """Buffers one output (its client id fixed now) and returns the client id; sends a full batch."""
        body = _with_client_id(output)
        self._pending.append(body)
        if len(self._pending) >= self._batch_size:
            self.flush()
        return body["clientId"]

    def flush(self) -> List[Dict[str, Any]]:
        """Sends what is buffered; on failure the outputs stay buffered (same client ids) for another flush."""
        if not self._pending:
            return []
        decisions = self._client._send_batch(self._workflow_id, self._pending)
        self._pending = []
        self.decisions.extend(decisions)
        if self._on_decisions:
            self._on_decisions(decisions)
        return decisions

    def __len__(self) -> int:
        return len(self._pending)

    def __enter__(self) -> "Batcher":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.flush()


def _quote(segment: str) -> str:
    return urllib.parse.quote(segment, safe="")


def _problem(error: urllib.error.HTTPError) -> Dict[str, Any]:
    try:
        parsed = json.loads(error.read().decode("utf-8"))
        if isinstance(parsed, dict):
            return parsed
    except (ValueError, OSError):
        pass
    return {"title": error.reason or "HTTP error", "status": error.code}
