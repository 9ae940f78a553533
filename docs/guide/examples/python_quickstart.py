# TRELLIS_URL=… TRELLIS_TOKEN=… TRELLIS_WORKFLOW=… python3 python_quickstart.py
# (with clients/python on PYTHONPATH, or the trellis_client folder copied next to this file)
import os

from trellis_client import TrellisClient

trellis = TrellisClient(os.environ["TRELLIS_URL"], os.environ["TRELLIS_TOKEN"])
workflow_id = os.environ["TRELLIS_WORKFLOW"]  # the workflow's id, from its page in Trellis

# One output: Trellis answers at once whether it is sampled for review.
decision = trellis.log_output(
    workflow_id,
    "Your refund of €42 is on its way.",
    client_id="py-ticket-1001",  # your id: sending it again returns the same decision, stores nothing twice
    metadata={"language": "en", "channel": "email"},
)
print(f"py-ticket-1001: {'held for review' if decision['review'] else 'released'}")

# Many outputs: sent 10 at a time (each batch stored all or nothing), the rest when the block ends.
with trellis.batcher(workflow_id, batch_size=10) as batch:
    for i in range(25):
        batch.add({"client_id": f"py-ticket-{2000 + i}", "content": f"Reply {i}"})
sampled = sum(1 for d in batch.decisions if d["review"])
print(f"{sampled} of {len(batch.decisions)} sampled for review")

# Later: the output's status (queued, second_review, reviewed or released).
print(f"py-ticket-1001 is {trellis.get_decision(decision['id'])['status']}")
