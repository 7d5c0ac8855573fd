"""Reading and writing the replay and trace files (numpy .npz; the JSON metadata is stored as uint8 under meta.json)."""
import json
import os
import tempfile

import numpy as np


def load(path):
    """(arrays, meta) of an .npz file written by FFRepro or by this package."""
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    meta = json.loads(bytes(arrays.pop("meta.json")).decode("utf-8"))
    return arrays, meta


def save(path, arrays, meta):
    """Writes atomically: a temporary file in the same folder, renamed when complete."""
    payload = dict(arrays)
    payload["meta.json"] = np.frombuffer(json.dumps(meta, sort_keys=True).encode("utf-8"), dtype=np.uint8)
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
    os.close(fd)
    try:
        with open(tmp, "wb") as f:
            np.savez(f, **payload)
        os.chmod(tmp, 0o644)   # mkstemp creates 0600; the file is an ordinary output
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
