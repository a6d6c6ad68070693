#!/usr/bin/env python3
"""Loads archives QuantBench saved into Python's torch.jit.load and runs them on the fixtures'
own data, printing the output SQNR against the float model. Not part of CI (CI needs no Python).

    ./build/app/quantbench-cli quantize tests/fixtures/bert_tiny.pt --mode dynamic \
        --calib tests/fixtures/bert_tokens.pt --no-log --out /tmp/saved/bert.pt
    python3 tools/check_archives.py /tmp/saved

Expects in the folder any of: bert.pt, bert_traced.pt, embbag.pt, gru.pt, half.pt, custom.pt.
"""
import os
import sys

import torch

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures")


def fixture(name):
    return os.path.join(FIXTURES, name)


def sqnr(reference, test):
    return (10 * torch.log10(reference.pow(2).sum() / (reference - test).pow(2).sum())).item()


def main(folder):
    torch.backends.quantized.engine = "onednn"
    tokens = torch.load(fixture("bert_tokens.pt"))
    bags = torch.load(fixture("embbag_tokens.pt"))
    sequences = torch.load(fixture("gru_sequences.pt"))
    sequences = sequences[0] if isinstance(sequences, (tuple, list)) else sequences
    torch.manual_seed(0)
    cases = {
        "bert.pt": ("bert_tiny.pt", (tokens["input_ids"], tokens["attention_mask"])),
        "bert_traced.pt": ("bert_traced.pt", (tokens["input_ids"], tokens["attention_mask"])),
        "embbag.pt": ("embbag.pt", (bags[0],)),
        "gru.pt": ("gru.pt", (sequences,)),
        "half.pt": ("cnn_half.pt", (torch.randn(16, 1, 28, 28),)),
        "custom.pt": ("custom_block.pt", (torch.randn(16, 1, 32, 32),)),
    }
    for saved, (source, args) in cases.items():
        path = os.path.join(folder, saved)
        if not os.path.exists(path):
            continue
        quantized = torch.jit.load(path)
        reference = torch.jit.load(fixture(source)).float()
        with torch.no_grad():
            expected = reference(*args).float()
            got = quantized(*args)
        print("%-15s output %-12s SQNR against float %.1f dB" % (saved, tuple(got.shape), sqnr(expected, got)))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
