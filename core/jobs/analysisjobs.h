#pragma once

#include "experiment/search.h"
#include "experiment/sensitivity.h"
#include "jobs/job.h"
#include "quant/quantsim.h"

#include <QHash>

#include <memory>

namespace qb {

class ModelDocument;

/// A sensitivity sweep as a job: calibrates once, scores every layer, stores the sweep in the log
/// at `dbPath` (own connection on the worker thread).
class SensitivityJob final : public Job
{
    Q_OBJECT

public:
    SensitivityJob(ExperimentSpec spec, SweepMode mode, QString dbPath, QObject *parent = nullptr);
    /// Valid once the job has ended.
    SensitivityResult result() const;

protected:
    void execute() override;

private:
    const ExperimentSpec m_spec;
    const SweepMode m_mode;
    const QString m_dbPath;
    mutable QMutex m_resultMutex;
    SensitivityResult m_result;
};

/// Calibrates once with histogram observers and keeps every layer's activation histogram, for the
/// inspector's clip-range chart.
class ActivationJob final : public Job
{
    Q_OBJECT

public:
    ActivationJob(std::shared_ptr<const ModelDocument> model, QuantConfig config, DataSpec calibration,
                  QObject *parent = nullptr);
    QHash<QString, ActivationHistogram> histograms() const;

protected:
    void execute() override;

private:
    const std::shared_ptr<const ModelDocument> m_model;
    const QuantConfig m_config;
    const DataSpec m_calibration;
    mutable QMutex m_resultMutex;
    QHash<QString, ActivationHistogram> m_histograms;
};

/// The accuracy-budget search as a job; a cancelled search keeps the trials it stored.
class SearchJob final : public Job
{
    Q_OBJECT

public:
    SearchJob(SearchOptions options, QString dbPath, QString artifactDir, QObject *parent = nullptr);
    SearchResult result() const;

protected:
    void execute() override;

private:
    const SearchOptions m_options;
    const QString m_dbPath;
    const QString m_artifactDir;
    mutable QMutex m_resultMutex;
    SearchResult m_result;
};

} // namespace qb
