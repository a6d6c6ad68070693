#pragma once

#include "experiment/search.h"
#include "experiment/sensitivity.h"
#include "jobs/resultjob.h"
#include "quant/quantsim.h"

#include <QHash>

#include <memory>

namespace qb {

class ModelDocument;

/// A sensitivity sweep as a job: calibrates once, scores every layer, stores the sweep in the log
/// at `dbPath` (own connection on the worker thread).
class SensitivityJob final : public ResultJob<SensitivityResult>
{
public:
    SensitivityJob(ExperimentSpec spec, SweepMode mode, QString dbPath, QObject *parent = nullptr);

protected:
    void execute() override;

private:
    const ExperimentSpec m_spec;
    const SweepMode m_mode;
    const QString m_dbPath;
};

/// Calibrates once with histogram observers and keeps every layer's activation histogram, for the
/// inspector's clip-range chart.
class ActivationJob final : public ResultJob<QHash<QString, ActivationHistogram>>
{
public:
    ActivationJob(std::shared_ptr<const ModelDocument> model, QuantConfig config, DataSpec calibration,
                  QObject *parent = nullptr);
    QHash<QString, ActivationHistogram> histograms() const { return result(); }

protected:
    void execute() override;

private:
    const std::shared_ptr<const ModelDocument> m_model;
    const QuantConfig m_config;
    const DataSpec m_calibration;
};

/// The accuracy-budget search as a job; a cancelled search keeps the trials it stored.
class SearchJob final : public ResultJob<SearchResult>
{
public:
    SearchJob(SearchOptions options, QString dbPath, QString artifactDir, QObject *parent = nullptr);

protected:
    void execute() override;

private:
    const SearchOptions m_options;
    const QString m_dbPath;
    const QString m_artifactDir;
};

} // namespace qb
