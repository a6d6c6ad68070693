#pragma once
// Precompiled header for the core files that use LibTorch. Parsing these headers dominates the
// build time on a 2-core machine; compiling them once per build keeps incremental builds short.
#include <torch/script.h>
#include <torch/torch.h>
