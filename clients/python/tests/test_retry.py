"""Retries, Retry-After, idempotent client ids and batching, against a scripted local HTTP server."""

import json
import threading
import unittest
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from trellis_client import ReviewTimeoutError, TrellisClient, TrellisError, backoff_delay, parse_retry_after


class Scripted:
    """A server that answers each request with the next scripted (status, headers, body) and records it."""

    def __init__(self, answers):
        self.answers = list(answers)
        self.requests = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length)) if length else None
                outer.requests.append({"method": self.command, "path": self.path, "body": body, "auth": self.headers.get("Authorization")})
                status, headers, payload = outer.answers.pop(0) if outer.answers else (500, {}, {})
                if callable(payload):
                    payload = payload(body)
                data = json.dumps(payload).encode()
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = _answer
            do_POST = _answer

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def decision(body):
    return {"id": "o1", "clientId": body["clientId"], "review": False, "duplicate": False}


def batch(body):
    return {"items": [{"clientId": o["clientId"], "review": False} for o in body["outputs"]]}


class RetryTests(unittest.TestCase):
    def client(self, server, **kw):
        self.slept = []
        return TrellisClient(server.url, "trl_secret", sleep=self.slept.append, random=lambda: 0.5, **kw)

    def test_retries_503_waiting_retry_after_and_resends_the_same_generated_client_id(self):
        server = Scripted([(503, {"Retry-After": "3"}, {"type": "x", "title": "Unavailable"}), (201, {}, decision)])
        try:
            result = self.client(server).log_output("wf 1", "hello")
        finally:
            server.close()
        first, second = server.requests
        self.assertEqual(first["path"], "/api/v1/workflows/wf%201/outputs")
        self.assertEqual(first["auth"], "Bearer trl_secret")
        self.assertTrue(first["body"]["clientId"])
        self.assertEqual(second["body"], first["body"])  # same client id: the retry is idempotent
        self.assertEqual(result["clientId"], first["body"]["clientId"])
        self.assertEqual(self.slept, [3.0])  # Retry-After (3 s) beats the jitter (0.5 × 0.2 s)

    def test_retries_429_with_an_http_date_and_backs_off_exponentially_on_500(self):
        import time

        later = formatdate(time.time() + 30, usegmt=True)
        server = Scripted([(429, {"Retry-After": later}, {}), (500, {}, {}), (500, {}, {}), (201, {}, decision)])
        try:
            self.client(server, base_delay=1.0).log_output("w", "x", client_id="mine")
        finally:
            server.close()
        self.assertEqual([r["body"]["clientId"] for r in server.requests], ["mine"] * 4)
        self.assertGreater(self.slept[0], 28)
        self.assertLessEqual(self.slept[0], 30)
        self.assertEqual(self.slept[1:], [0.5 * 2, 0.5 * 4])  # random 0.5 × base 1 s × 2^attempt

    def test_does_not_retry_a_refusal_and_reports_the_problem(self):
        problem = {"type": "urn:trellis:problem:validation", "title": "Invalid", "status": 400, "detail": "body.content is too long"}
        server = Scripted([(400, {}, problem)])
        try:
            with self.assertRaises(TrellisError) as caught:
                self.client(server).log_output("w", "x", client_id="a")
        finally:
            server.close()
        self.assertEqual(caught.exception.status, 400)
        self.assertEqual(caught.exception.attempts, 1)
        self.assertEqual(caught.exception.problem["detail"], "body.content is too long")
        self.assertEqual(self.slept, [])

    def test_gives_up_after_the_retries(self):
        server = Scripted([(503, {}, {})] * 3)
        try:
            with self.assertRaises(TrellisError) as caught:
                self.client(server, retries=2).get_decision("o1")
        finally:
            server.close()
        self.assertEqual((caught.exception.status, caught.exception.attempts), (503, 3))
        self.assertEqual(len(self.slept), 2)

    def test_retries_when_nothing_answers(self):
        server = Scripted([])
        url = server.url
        server.close()  # the port now refuses connections
        slept = []
        client = TrellisClient(url, "t", retries=2, sleep=slept.append, random=lambda: 0)
        with self.assertRaises(TrellisError) as caught:
            client.log_output("w", "x")
        self.assertEqual((caught.exception.status, caught.exception.attempts), (0, 3))
        self.assertEqual(slept, [0, 0])

    def test_batches_by_size_and_flushes_the_rest_keeping_order(self):
        server = Scripted([(200, {}, batch)] * 3)
        seen = []
        try:
            client = self.client(server)
            with client.batcher("w", batch_size=2, on_decisions=seen.append) as batcher:
                ids = [batcher.add({"content": f"r{i}"}) for i in range(5)]
                self.assertEqual(len(server.requests), 2)  # two full batches sent while adding
                self.assertEqual(len(batcher), 1)
        finally:
            server.close()
        self.assertEqual([len(r["body"]["outputs"]) for r in server.requests], [2, 2, 1])
        self.assertEqual([d["clientId"] for d in batcher.decisions], ids)
        self.assertEqual(len(set(ids)), 5)
        self.assertEqual([len(s) for s in seen], [2, 2, 1])

    def test_a_failed_flush_keeps_the_outputs_with_their_client_ids(self):
        server = Scripted([(400, {}, {"type": "x", "title": "Invalid"}), (200, {}, batch)])
        try:
            client = self.client(server)
            batcher = client.batcher("w", batch_size=10)
            batcher.add({"content": "a", "client_id": "keep-me"})
            batcher.add({"content": "b"})
            with self.assertRaises(TrellisError):
                batcher.flush()
            self.assertEqual(len(batcher), 2)
            batcher.flush()
        finally:
            server.close()
        self.assertEqual(server.requests[0]["body"], server.requests[1]["body"])
        self.assertEqual(server.requests[1]["body"]["outputs"][0]["clientId"], "keep-me")

    def test_retry_after_and_backoff_helpers(self):
        self.assertEqual(parse_retry_after("7"), 7.0)
        self.assertIsNone(parse_retry_after(None))
        self.assertIsNone(parse_retry_after("soon"))
        self.assertEqual(parse_retry_after(formatdate(1000, usegmt=True), now=990), 10.0)
        self.assertEqual(parse_retry_after(formatdate(1000, usegmt=True), now=2000), 0.0)
        self.assertEqual(backoff_delay(3, 0.2, 10.0, lambda: 1.0), 1.6)
        self.assertEqual(backoff_delay(10, 0.2, 10.0, lambda: 1.0), 10.0)

    def test_never_shows_the_token(self):
        self.assertNotIn("trl_secret", repr(TrellisClient("http://x", "trl_secret")))


class WaitForReviewTests(unittest.TestCase):
    def client(self, server):
        self.slept = []
        return TrellisClient(server.url, "trl_secret", sleep=self.slept.append, random=lambda: 0.5)

    def test_polls_by_client_id_with_growing_pauses_until_the_verdict(self):
        queued = {"id": "o1", "clientId": "trace/1", "status": "queued", "defect": None}
        done = {**queued, "status": "reviewed", "defect": True}
        server = Scripted([(200, {}, queued), (200, {}, queued), (200, {}, queued), (200, {}, done)])
        try:
            result = self.client(server).wait_for_review(workflow_id="wf 1", client_id="trace/1")
        finally:
            server.close()
        self.assertEqual(result["defect"], True)
        self.assertEqual(
            {r["path"] for r in server.requests}, {"/api/v1/workflows/wf%201/outputs/by-client-id/trace%2F1"}
        )
        self.assertEqual(self.slept, [1.0, 1.5, 2.25])

    def test_times_out_with_the_last_state_and_does_not_wait_past_the_timeout(self):
        queued = {"id": "o1", "status": "queued"}
        server = Scripted([(200, {}, queued)] * 5)
        try:
            with self.assertRaises(ReviewTimeoutError) as caught:
                self.client(server).wait_for_review("o1", timeout=3)
        finally:
            server.close()
        self.assertEqual(caught.exception.output, queued)
        self.assertEqual(self.slept, [1.0, 1.5, 0.5])
        self.assertEqual(server.requests[0]["path"], "/api/v1/outputs/o1")

    def test_needs_exactly_one_way_to_name_the_output(self):
        client = TrellisClient("http://127.0.0.1:9", "trl_x")
        for kwargs in ({}, {"output_id": "o1", "workflow_id": "w", "client_id": "c"}, {"client_id": "c"}):
            with self.assertRaises(ValueError):
                client.wait_for_review(**kwargs)


if __name__ == "__main__":
    unittest.main()
