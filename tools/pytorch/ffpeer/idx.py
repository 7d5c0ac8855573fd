"""Reads the IDX files of an MNIST-style data set (gzip or raw) with numpy alone."""
import gzip
import os

import numpy as np


def read_idx(path):
    """The array in an IDX file: magic 0x00000801 (labels, uint8 [N]) or 0x00000803 (images, uint8 [N, rows, cols])."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        raw = f.read()
    magic = int.from_bytes(raw[0:4], "big")
    if magic not in (0x801, 0x803):
        raise ValueError(f"{path}: not an IDX file of unsigned bytes (magic {magic:#x})")
    dims = magic & 0xFF
    shape = [int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    data = np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * dims)
    if data.size != int(np.prod(shape)):
        raise ValueError(f"{path}: {data.size} bytes of data for shape {shape}")
    return data.reshape(shape)


def load_split(folder, split):
    """Pixels as float32 in [0, 1] (torchvision's ToTensor: byte / 255), [N, 784], and labels int64 [N].
    split: 'train' or 'test' (the standard MNIST file names)."""
    prefix = "train" if split == "train" else "t10k"
    def find(name):
        for candidate in (os.path.join(folder, name + ".gz"), os.path.join(folder, name)):
            if os.path.exists(candidate):
                return candidate
        raise FileNotFoundError(f"{folder}: no {name}(.gz)")
    images = read_idx(find(f"{prefix}-images-idx3-ubyte"))
    labels = read_idx(find(f"{prefix}-labels-idx1-ubyte"))
    pixels = images.reshape(images.shape[0], -1).astype(np.float32) / np.float32(255)
    return pixels, labels.astype(np.int64)
