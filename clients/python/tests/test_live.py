"""Against a real Trellis: TRELLIS_URL, TRELLIS_TOKEN (contributor API token) and TRELLIS_WORKFLOW.

Skipped when they are not set, unless TRELLIS_REQUIRE_LIVE=1 (CI sets it through the vitest wrapper,
clients/python/python-client.test.ts, so a skip cannot pass for a success).
"""

import json
import os
import subprocess
import sys
import unittest
import uuid
from pathlib import Path

from trellis_client import ReviewTimeoutError, TrellisClient, TrellisError, WebhookVerificationError, verify_webhook

URL = os.environ.get("TRELLIS_URL")
TOKEN = os.environ.get("TRELLIS_TOKEN")
WORKFLOW = os.environ.get("TRELLIS_WORKFLOW")
# An output a reviewer already judged defective, logged by the test wrapper under this client id.
REVIEWED = os.environ.get("TRELLIS_REVIEWED_CLIENT_ID")
LIVE = bool(URL and TOKEN and WORKFLOW)
if not LIVE and os.environ.get("TRELLIS_REQUIRE_LIVE") == "1":
    raise RuntimeError("TRELLIS_REQUIRE_LIVE=1 but TRELLIS_URL, TRELLIS_TOKEN or TRELLIS_WORKFLOW is not set")

HERE = Path(__file__).resolve().parent
QUICKSTART = HERE.parents[2] / "docs" / "guide" / "examples" / "python_quickstart.py"


@unittest.skipUnless(LIVE, "no Trellis server given (TRELLIS_URL, TRELLIS_TOKEN, TRELLIS_WORKFLOW)")
class LiveTests(unittest.TestCase):
    def setUp(self):
        self.client = TrellisClient(URL, TOKEN)
        self.run_id = uuid.uuid4().hex[:8]

    def test_the_guide_quickstart_runs(self):
        env = {**os.environ, "PYTHONPATH": str(HERE.parent)}
        done = subprocess.run([sys.executable, str(QUICKSTART)], env=env, capture_output=True, text=True, timeout=120)
        self.assertEqual(done.returncode, 0, done.stderr)
        lines = done.stdout.strip().splitlines()
        self.assertRegex(lines[0], r"^py-ticket-1001: (held for review|released)$")
        self.assertRegex(lines[1], r"^\d+ of 25 sampled for review$")
        self.assertRegex(lines[2], r"^py-ticket-1001 is (queued|released)$")

    def test_logs_an_output_once_by_client_id_and_reads_its_decision(self):
        client_id = f"live-{self.run_id}"
        first = self.client.log_output(WORKFLOW, "A reply", client_id=client_id, metadata={"language": "en"})
        again = self.client.log_output(WORKFLOW, "A reply", client_id=client_id, metadata={"language": "en"})
        self.assertFalse(first["duplicate"])
        self.assertTrue(again["duplicate"])
        self.assertEqual(again["id"], first["id"])
        self.assertEqual(again["review"], first["review"])
        self.assertGreater(first["pi"], 0)
        self.assertLessEqual(first["pi"], 1)
        stored = self.client.get_decision(first["id"])
        self.assertEqual(stored["clientId"], client_id)
        self.assertEqual(stored["status"], "queued" if first["review"] else "released")

    def test_logs_outputs_in_batches_with_generated_client_ids_in_input_order(self):
        outputs = [{"content": f"Reply {i}", "metadata": {"run": self.run_id}} for i in range(23)]
        decisions = self.client.log_outputs(WORKFLOW, outputs, batch_size=7)
        self.assertEqual(len(decisions), 23)
        self.assertEqual(len({d["clientId"] for d in decisions}), 23)
        self.assertEqual(len({d["id"] for d in decisions}), 23)
        self.assertTrue(all(not d["duplicate"] for d in decisions))

    def test_reports_bad_input_as_a_problem_naming_the_field(self):
        with self.assertRaises(TrellisError) as caught:
            self.client.log_output(WORKFLOW, "x", client_id=f"bad-{self.run_id}", judge_score=7)
        self.assertEqual(caught.exception.status, 400)
        self.assertEqual(caught.exception.attempts, 1)
        self.assertIn("judgeScore", str(caught.exception.problem))

    def test_waits_for_review_by_client_id(self):
        self.assertTrue(REVIEWED, "the wrapper names a reviewed output in TRELLIS_REVIEWED_CLIENT_ID")
        reviewed = self.client.wait_for_review(workflow_id=WORKFLOW, client_id=REVIEWED, timeout=5)
        self.assertEqual((reviewed["clientId"], reviewed["defect"]), (REVIEWED, True))
        # Its review is in; the standard may also have drawn it for a second review.
        self.assertIn(reviewed["status"], {"reviewed", "second_review"})
        self.assertEqual(self.client.wait_for_review(reviewed["id"], timeout=5)["id"], reviewed["id"])

        # A fresh workflow reviews its first outputs in full: this one stays queued, so the wait times out
        # (the pauses are injected: no real waiting) holding the last state.
        slept = []
        waiting = TrellisClient(URL, TOKEN, sleep=slept.append)
        client_id = f"wait/{self.run_id} ?"
        logged = waiting.log_output(WORKFLOW, "A reply", client_id=client_id)
        with self.assertRaises(ReviewTimeoutError) as caught:
            waiting.wait_for_review(workflow_id=WORKFLOW, client_id=client_id, timeout=3)
        self.assertEqual(caught.exception.output["id"], logged["id"])
        self.assertEqual(caught.exception.output["status"], "queued")
        self.assertEqual(slept, [1.0, 1.5, 0.5])

        with self.assertRaises(TrellisError) as missing:
            self.client.wait_for_review(workflow_id=WORKFLOW, client_id=f"never-{self.run_id}", timeout=1)
        self.assertEqual(missing.exception.status, 404)

    def test_refuses_a_wrong_token(self):
        with self.assertRaises(TrellisError) as caught:
            TrellisClient(URL, "trl_not_a_token").log_output(WORKFLOW, "x")
        self.assertEqual(caught.exception.status, 401)


if __name__ == "__main__":
    unittest.main()


DELIVERY = os.environ.get("TRELLIS_WEBHOOK_DELIVERY")
if not DELIVERY and os.environ.get("TRELLIS_REQUIRE_LIVE") == "1":
    raise RuntimeError("TRELLIS_REQUIRE_LIVE=1 but TRELLIS_WEBHOOK_DELIVERY is not set")


@unittest.skipUnless(DELIVERY, "no captured Trellis delivery given (TRELLIS_WEBHOOK_DELIVERY)")
class LiveWebhookTests(unittest.TestCase):
    """A delivery a running Trellis sent to a loopback receiver (captured by python-client.test.ts)."""

    def setUp(self):
        with open(DELIVERY, encoding="utf-8") as f:
            captured = json.load(f)
        self.secret = captured["secret"]
        self.headers = captured["headers"]
        self.body = captured["body"].encode("utf-8")

    def test_verifies_a_real_trellis_delivery(self):
        self.assertTrue(self.secret.startswith("whsec_"))
        event = verify_webhook(self.secret, self.headers, self.body)
        self.assertEqual(event["event"], "webhook.ping")

    def test_refuses_the_real_delivery_tampered_or_replayed(self):
        with self.assertRaises(WebhookVerificationError):
            verify_webhook(self.secret, self.headers, self.body.replace(b"webhook.ping", b"webhook.pong"))
        sent = int(self.headers["webhook-timestamp"])
        with self.assertRaisesRegex(WebhookVerificationError, "too old"):
            verify_webhook(self.secret, self.headers, self.body, now=sent + 3600)
