"""The case document and its files: model, storage, codec, lock, recovery, migrations
and the rules every case obeys, whether edited or read from a file (no Qt)."""
