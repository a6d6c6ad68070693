#!/usr/bin/python3
"""PyTorch's own latency and accuracy figures for float TorchScript archives, to print beside
QuantBench's. Not part of CI (CI needs no Python).

For each MODEL.pt (a float TorchScript archive) this measures, on one seeded input batch:

  float_optimized  torch.jit.freeze(m.eval()) then torch.jit.optimize_for_inference
  static           torch.ao.quantization.quantize_jit, per-channel weights (the engine's
                   default activation observer), calibrated on --calibration-batches seeded
                   random batches
  dynamic          torch.ao.quantization.quantize_dynamic_jit with default_dynamic_qconfig
                   (per-tensor weights)

Each quantized model is deployed the way a user would: saved to an in-memory buffer,
torch.jit.load, frozen unless quantize_jit already froze it, then optimize_for_inference when
that succeeds and the result runs (else the frozen or loaded module; "*_form" says which).
Every form is timed from a fresh load with torch.set_num_threads(--threads), torch.no_grad(),
--warmup untimed calls and --runs timed calls (time.perf_counter); the median is reported in
milliseconds. SQNR (10*log10(sum(f^2)/sum((f-q)^2))) compares each quantized form's output with
the plain float model's on the same batch. A form that fails leaves its figures null and puts
PyTorch's message in "*_error"; the other forms still run.

Inputs come from the archive's extra file quantbench.json: {"inputs": [{"name", "shape",
"dtype", "vocab"}, ...]} (version 2), {"input": {"shape", "dtype"}} (version 1) or
{"input_shape": [...]}; else from --shape (one per model input, repeat the option for several
inputs). The first dimension of each shape is replaced by --batch. float32 inputs are randn;
int64 inputs are randint(0, vocab) where a vocab is given, ones otherwise (attention masks).
The timing batch uses seed 1, the calibration batches torch.manual_seed(0), so they differ.

bench_quant runs it through QProcess when Debian's python3-torch is present:

    /usr/bin/python3 tools/pytorch_quant_latency.py --batch 64 --runs 31 --threads 1 \
        --engine onednn tests/fixtures/cnn_scripted.pt

and reads one JSON object per model, one per line, on stdout; diagnostics go to stderr.
Exits 0 when at least one model was loaded and its float form measured, 1 otherwise.
"""
import argparse
import io
import json
import math
import statistics
import sys
import time
import warnings

import torch
from torch.ao.quantization import (QConfig, default_dynamic_qconfig,
                                   default_per_channel_weight_observer, get_default_qconfig,
                                   quantize_dynamic_jit, quantize_jit)

TIMING_SEED = 1
CALIBRATION_SEED = 0


def log(*parts):
    print("pytorch_quant_latency:", *parts, file=sys.stderr, flush=True)


def parse_shape(text):
    try:
        dims = [int(d) for d in text.split(",") if d.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError("shape must be comma-separated integers: %r" % text)
    if not dims or any(d <= 0 for d in dims):
        raise argparse.ArgumentTypeError("shape must be positive integers: %r" % text)
    return dims


def parse_args(argv):
    parser = argparse.ArgumentParser(
        description="PyTorch float / static int8 / dynamic int8 latency of TorchScript models.")
    parser.add_argument("models", nargs="+", metavar="MODEL.pt")
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--runs", type=int, default=31)
    parser.add_argument("--warmup", type=int, default=25)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--engine", choices=["onednn", "qnnpack"], default="onednn")
    parser.add_argument("--calibration-batches", type=int, default=4)
    parser.add_argument("--shape", type=parse_shape, action="append", default=[],
                        help="input shape such as 1,1,28,28 for archives without "
                             "quantbench.json; repeat once per input")
    args = parser.parse_args(argv)
    for name in ("batch", "runs", "threads", "calibration_batches"):
        if getattr(args, name) < 1:
            parser.error("--%s must be at least 1" % name.replace("_", "-"))
    if args.warmup < 0:
        parser.error("--warmup must not be negative")
    return args


# ---- inputs -------------------------------------------------------------------------------

def input_specs(path, fallback_shapes):
    """[{"name", "shape", "dtype", "vocab"}] from quantbench.json, else from --shape."""
    extra = {"quantbench.json": ""}
    torch.jit.load(path, _extra_files=extra)
    text = extra["quantbench.json"]
    meta = json.loads(text) if text else {}
    if meta.get("inputs"):
        specs = meta["inputs"]
    elif isinstance(meta.get("input"), dict) and meta["input"].get("shape"):
        specs = [meta["input"]]
    elif meta.get("input_shape"):
        specs = [{"shape": meta["input_shape"]}]
    elif fallback_shapes:
        specs = [{"shape": shape} for shape in fallback_shapes]
    else:
        raise ValueError("no quantbench.json input shape in the archive; pass --shape")
    return [{"name": spec.get("name", "input%d" % i),
             "shape": [int(d) for d in spec["shape"]],
             "dtype": spec.get("dtype", "float32"),
             "vocab": spec.get("vocab")} for i, spec in enumerate(specs)]


def make_inputs(specs, batch, generator=None):
    tensors = []
    for spec in specs:
        shape = [batch] + spec["shape"][1:]
        if spec["dtype"] == "int64":
            if spec["vocab"]:
                tensors.append(torch.randint(0, int(spec["vocab"]), shape, generator=generator,
                                             dtype=torch.int64))
            else:
                tensors.append(torch.ones(shape, dtype=torch.int64))
        elif spec["dtype"] == "float32":
            tensors.append(torch.randn(shape, generator=generator))
        else:
            raise ValueError("unsupported input dtype %r" % spec["dtype"])
    return tuple(tensors)


# ---- model forms --------------------------------------------------------------------------

def static_qconfig(engine):
    """The engine's default qconfig with per-channel weights (qnnpack's default is per-tensor)."""
    return QConfig(activation=get_default_qconfig(engine).activation,
                   weight=default_per_channel_weight_observer)


def calibrate(model, batches):
    with torch.no_grad():
        for batch in batches:
            model(*batch)


def quantize_static(path, specs, args):
    model = torch.jit.load(path).eval()
    torch.manual_seed(CALIBRATION_SEED)
    batches = [make_inputs(specs, args.batch) for _ in range(args.calibration_batches)]
    return quantize_jit(model, {"": static_qconfig(args.engine)}, calibrate, [batches])


def quantize_dynamic(path):
    return quantize_dynamic_jit(torch.jit.load(path).eval(), {"": default_dynamic_qconfig})


def reload(module):
    buffer = io.BytesIO()
    torch.jit.save(module, buffer)
    buffer.seek(0)
    return torch.jit.load(buffer)


def short(exc):
    text = "%s: %s" % (type(exc).__name__, str(exc).strip())
    return text.splitlines()[0][:300] if text else type(exc).__name__


def deploy(module, inputs):
    """Freeze unless frozen, then optimize_for_inference if it works. Returns (module, form)."""
    steps = []
    if hasattr(module, "training"):      # frozen modules have no attributes left
        module = torch.jit.freeze(module.eval())
        steps.append("frozen")
    else:
        steps.append("already frozen")
    try:
        optimized = torch.jit.optimize_for_inference(reload(module))
        with torch.no_grad():
            optimized(*inputs)
        return optimized, "+".join(steps + ["optimize_for_inference"])
    except Exception as exc:  # keep the frozen module, say why
        log("optimize_for_inference failed, timing the frozen module:", short(exc))
        return module, "+".join(steps) + " (optimize_for_inference failed: %s)" % short(exc)


def median_ms(module, inputs, warmup, runs):
    with torch.no_grad():
        for _ in range(warmup):
            module(*inputs)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            module(*inputs)
            times.append((time.perf_counter() - start) * 1000.0)
    return round(statistics.median(times), 4)


def flat_output(value):
    if isinstance(value, torch.Tensor):
        return value.detach().float().reshape(-1)
    if isinstance(value, (tuple, list)):
        return torch.cat([flat_output(v) for v in value])
    if isinstance(value, dict):
        return torch.cat([flat_output(value[k]) for k in sorted(value)])
    raise TypeError("cannot compare an output of type %s" % type(value).__name__)


def sqnr_db(reference, module, inputs):
    with torch.no_grad():
        got = flat_output(module(*inputs))
    if got.shape != reference.shape:
        raise ValueError("output shape %s differs from float %s"
                         % (tuple(got.shape), tuple(reference.shape)))
    noise = (reference - got).pow(2).sum().item()
    signal = reference.pow(2).sum().item()
    if noise == 0.0 or signal == 0.0:     # identical outputs (nothing quantized) or all zero
        return None
    return round(10.0 * math.log10(signal / noise), 2)


# ---- one model ----------------------------------------------------------------------------

def measure_quantized(name, build, reference, inputs, args, result):
    """Fills result[name + '_ms', '_form', '_sqnr_db'] or [name + '_error']; never raises."""
    try:
        module, form = deploy(reload(build()), inputs)
        result[name + "_form"] = form
        result[name + "_sqnr_db"] = sqnr_db(reference, module, inputs)
        result[name + "_ms"] = median_ms(module, inputs, args.warmup, args.runs)
    except Exception as exc:
        log("%s: %s failed: %s" % (result["model"], name, short(exc)))
        result[name + "_error"] = short(exc)


def measure_model(path, args):
    """One result dict; "float_optimized_ms" is null when the model could not be run."""
    result = {"model": path, "batch": args.batch, "threads": args.threads,
              "engine": args.engine, "float_optimized_ms": None, "float_error": None,
              "float_form": None,
              "static_qconfig": "get_default_qconfig(%r) activations, "
                                "default_per_channel_weight_observer weights" % args.engine,
              "dynamic_qconfig": "default_dynamic_qconfig (per_tensor qint8 weights)"}
    for name in ("static", "dynamic"):
        result.update({name + "_ms": None, name + "_error": None, name + "_form": None,
                       name + "_sqnr_db": None})
    try:
        specs = input_specs(path, args.shape)
        inputs = make_inputs(specs, args.batch, torch.Generator().manual_seed(TIMING_SEED))
        float_model = torch.jit.load(path).eval()
        with torch.no_grad():
            reference = flat_output(float_model(*inputs))
        del float_model
        module, form = deploy(torch.jit.load(path), inputs)
        result["float_form"] = form
        result["float_optimized_ms"] = median_ms(module, inputs, args.warmup, args.runs)
        del module
    except Exception as exc:
        log("%s: float model failed: %s" % (path, short(exc)))
        result["float_error"] = short(exc)
        return result
    measure_quantized("static", lambda: quantize_static(path, specs, args),
                      reference, inputs, args, result)
    measure_quantized("dynamic", lambda: quantize_dynamic(path),
                      reference, inputs, args, result)
    return result


def main(argv):
    args = parse_args(argv)
    # quantize_jit's model.cpu() reads .grad of non-leaf tensors; the warning is noise here.
    warnings.filterwarnings("ignore", message="The .grad attribute of a Tensor that is not a leaf")
    torch.set_num_threads(args.threads)
    torch.backends.quantized.engine = args.engine
    processed = 0
    for path in args.models:
        log("measuring", path)
        result = measure_model(path, args)
        print(json.dumps(result), flush=True)
        processed += result["float_optimized_ms"] is not None
    return 0 if processed else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
