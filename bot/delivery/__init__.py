"""Delivery of news stories to Discord channels, exactly once per (story, channel).

The outbox (bot/storage/tables.py) holds one row per story and subscribed channel; the worker
(worker.py) claims due rows, paces them (pacing.py), sends each with a nonce derived from the row
(nonce.py), confirms it in the database, retries what is transient (retry.py) and, after a crash,
reconciles rows it had claimed but not confirmed (reconcile.py). SQL lives in outbox_store.py.
"""
