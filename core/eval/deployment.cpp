#include "eval/deployment.h"
#include "eval/deployment_p.h"

#include "util/torcherror.h"
#include "util/translation.h"

#include <torch/csrc/jit/serialization/import.h>

#include <sstream>

QB_DECLARE_TR_FUNCTIONS(qb::Deployment)

namespace qb {

namespace detail {

DeployedModule deployFloat(const torch::jit::Module &module)
{
    torch::jit::Module copy = module.clone();
    copy.eval();
    torch::jit::Module frozen = torch::jit::freeze(copy);
    return {torch::jit::optimize_for_inference(frozen), QStringLiteral("float (frozen, optimized)"), {}};
}

DeployedModule deployQuantized(const torch::jit::Module &converted, const QString &engine)
{
    std::stringstream bytes;
    converted.save(bytes);
    bytes.seekg(0);
    DeployedModule deployed;
    deployed.module = torch::jit::load(bytes);
    deployed.module.eval();
    deployed.form = QStringLiteral("int8 %1 (loaded)").arg(engine);
    try {
        deployed.module = torch::jit::freeze(deployed.module);
        deployed.form = QStringLiteral("int8 %1 (loaded, frozen)").arg(engine);
        deployed.module = torch::jit::optimize_for_inference(deployed.module);
        deployed.form = QStringLiteral("int8 %1 (loaded, frozen, optimized)").arg(engine);
    } catch (const std::exception &e) {
        deployed.note = tr("LibTorch could not finish optimizing the quantized model for inference, so it was timed "
                           "as %1: %2").arg(deployed.form, describeException(e));
    }
    return deployed;
}

} // namespace detail

QString deploymentSnippetPython(const QString &archive)
{
    return QStringLiteral("import torch\n"
                          "model = torch.jit.load(\"%1\").eval()\n"
                          "model = torch.jit.optimize_for_inference(torch.jit.freeze(model))\n")
        .arg(archive);
}

QString deploymentSnippetCpp(const QString &archive)
{
    return QStringLiteral("#include <torch/script.h>\n"
                          "torch::jit::Module model = torch::jit::load(\"%1\");\n"
                          "model.eval();\n"
                          "model = torch::jit::freeze(model);\n"
                          "model = torch::jit::optimize_for_inference(model);\n")
        .arg(archive);
}

} // namespace qb
