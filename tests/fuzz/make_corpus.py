#!/usr/bin/env python3
"""Seed corpus for the fuzzers in this folder: small, valid (or nearly valid) examples of each
input, so the fuzzers start from files that reach deep into the readers. torch is needed only for
the tensor-file seeds; run with Debian's python3-torch: /usr/bin/python3 make_corpus.py
"""
import gzip
import io
import json
import os
import struct
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def put(folder, name, data):
    path = os.path.join(HERE, "corpus", folder, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def zipped(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as z:
        for name, data in entries:
            z.writestr(name, data)
    return buffer.getvalue()


meta = json.dumps({"engine": "qnnpack", "input_shape": [1, 1, 28, 28], "mode": "dynamic"}).encode()
put("archive", "torchscript_like.pt", zipped([("m/code/__torch__.py", b"class M: pass\n"), ("m/constants.pkl", b"\x80\x02)."),
                                              ("m/data.pkl", b"\x80\x02}."), ("m/extra/quantbench.json", meta)]))
put("archive", "no_constants.pt", zipped([("m/code/__torch__.py", b""), ("m/data.pkl", b"\x80\x02}.")]))
put("archive", "state_dict.pt", zipped([("archive/data.pkl", b"\x80\x02}q\x00."), ("archive/version", b"3\n")]))
put("archive", "legacy.pt", b"\x80\x02]q\x00." + b"x" * 16)

images = struct.pack(">HBBIII", 0, 0x08, 3, 2, 2, 2) + bytes(range(8))
put("idx", "images-idx3-ubyte", images)
put("idx", "labels-idx1-ubyte", struct.pack(">HBBI", 0, 0x08, 1, 2) + b"\x01\x00")
put("idx", "images-idx3-ubyte.gz", gzip.compress(images))

put("data", "floats.csv", b"\x01a,b,c,d,label\n0.1,0.2,0.3,0.4,1\n1,2,3,4,0\n")
put("data", "tokens.csv", b"\x03input_ids,attention_mask,label\n1 2 3 4 5 6,1 1 1 1 0 0,1\n")
try:
    import torch
    for name, value in {"tensor.pt": torch.rand(2, 1, 2, 2),
                        "pair.pt": (torch.rand(3, 1, 2, 2), torch.tensor([0, 1, 2])),
                        "dict.pt": {"input_ids": torch.randint(0, 9, (2, 6)), "attention_mask": torch.ones(2, 6, dtype=torch.long),
                                    "labels": torch.tensor([0, 1])}}.items():
        buffer = io.BytesIO()
        torch.save(value, buffer)
        put("data", name, (b"\x02" if name == "dict.pt" else b"\x00") + buffer.getvalue())
except ImportError:
    print("torch not found: tensor-file seeds skipped")

put("spec", "spec.json", json.dumps({
    "model": "cnn.pt", "label": "seed", "threads": 1,
    "calibration": {"kind": "synthetic", "batch_size": 8, "batches": 2},
    "quantization": {"default": {"mode": "static", "per_channel": True, "observer": "minmax"}, "skip": ["fc2"]},
    "benchmark": {"batch": 1, "runs": 10, "threads": 1}}).encode())
put("spec", "config.json", json.dumps({"default": {"mode": "dynamic"}, "layers": {"fc1": {"mode": "float"}}}).encode())
put("spec", "shape.txt", b"input_ids:1x128:int64,attention_mask:1x128:int64")
put("spec", "sweep.json", json.dumps({
    "name": "seed", "spec": {"model": "cnn.pt", "threads": 1},
    "grid": {"modes": ["dynamic", "static", "float"], "engines": ["onednn", "qnnpack"],
             "weight_schemes": ["per-tensor-affine"], "observers": ["minmax", "percentile:99.9"],
             "float_layers": [[], ["fc1"], "each"]}}).encode())
put("spec", "shard.txt", b"1/4")
