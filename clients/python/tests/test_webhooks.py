import unittest

from trellis_client import WebhookVerificationError, sign_webhook, verify_webhook

# The Standard Webhooks specification's published example (secret, id, timestamp, body, signature).
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
MSG_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
TIMESTAMP = 1614265330
BODY = '{"test": 2432232314}'
SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="


def headers(signature=SIGNATURE, timestamp=TIMESTAMP, msg_id=MSG_ID):
    return {"webhook-id": msg_id, "webhook-timestamp": str(timestamp), "webhook-signature": signature}


class WebhookTests(unittest.TestCase):
    def test_signs_the_specification_example(self):
        self.assertEqual(sign_webhook(SECRET, MSG_ID, TIMESTAMP, BODY), SIGNATURE)

    def test_accepts_the_specification_example_and_returns_the_payload(self):
        payload = verify_webhook(SECRET, headers(), BODY.encode(), now=TIMESTAMP + 10)
        self.assertEqual(payload, {"test": 2432232314})

    def test_header_names_are_case_insensitive(self):
        mixed = {k.title(): v for k, v in headers().items()}
        self.assertEqual(verify_webhook(SECRET, mixed, BODY, now=TIMESTAMP), {"test": 2432232314})

    def test_accepts_one_matching_signature_among_several(self):
        rotated = f"v1,bm90IHRoaXMgb25l {SIGNATURE}"
        self.assertTrue(verify_webhook(SECRET, headers(rotated), BODY, now=TIMESTAMP))

    def test_refuses_a_changed_body_id_or_secret(self):
        with self.assertRaises(WebhookVerificationError):
            verify_webhook(SECRET, headers(), '{"test": 2432232315}', now=TIMESTAMP)
        with self.assertRaises(WebhookVerificationError):
            verify_webhook(SECRET, headers(msg_id="msg_other"), BODY, now=TIMESTAMP)
        with self.assertRaises(WebhookVerificationError):
            verify_webhook("whsec_" + "QUJD" * 8, headers(), BODY, now=TIMESTAMP)

    def test_refuses_other_signature_versions(self):
        with self.assertRaises(WebhookVerificationError):
            verify_webhook(SECRET, headers("v1a," + SIGNATURE[3:]), BODY, now=TIMESTAMP)

    def test_refuses_timestamps_outside_five_minutes_either_way(self):
        self.assertTrue(verify_webhook(SECRET, headers(), BODY, now=TIMESTAMP + 300))
        self.assertTrue(verify_webhook(SECRET, headers(), BODY, now=TIMESTAMP - 300))
        with self.assertRaisesRegex(WebhookVerificationError, "too old"):
            verify_webhook(SECRET, headers(), BODY, now=TIMESTAMP + 301)
        with self.assertRaisesRegex(WebhookVerificationError, "too new"):
            verify_webhook(SECRET, headers(), BODY, now=TIMESTAMP - 301)

    def test_refuses_missing_headers(self):
        for missing in ("webhook-id", "webhook-timestamp", "webhook-signature"):
            partial = {k: v for k, v in headers().items() if k != missing}
            with self.assertRaises(WebhookVerificationError, msg=missing):
                verify_webhook(SECRET, partial, BODY, now=TIMESTAMP)


if __name__ == "__main__":
    unittest.main()
