#pragma once

#include "store/experimentstore.h"

#include <QMutex>
#include <QObject>
#include <QRunnable>
#include <QStringList>

#include <atomic>
#include <optional>

namespace qb {

/// A unit of long work (calibrate, convert, QAT, evaluate, benchmark, train, a whole experiment) that
/// runs on a JobManager's thread pool. Subclasses implement execute(), which runs on a worker
/// thread, reports progress through reportProgress() and checks isCancelRequested() at least once
/// per batch. Signals are emitted from the worker thread; connect with queued connections (the
/// default across threads). Accessors are thread-safe.
class Job : public QObject, public QRunnable
{
    Q_OBJECT

public:
    enum class State { Queued, Running, Finished, Failed, Cancelled };
    Q_ENUM(State)

    explicit Job(const QString &title, QObject *parent = nullptr);
    ~Job() override;

    QString title() const { return m_title; }
    State state() const { return m_state.load(); }
    bool isDone() const;
    double progress() const;
    QString stage() const;
    QString error() const;
    QStringList log() const;
    qint64 elapsedMs() const;
    /// One line on what the job found, for the Jobs dock ("SQNR 38.1 dB, 1.2x vs float"); set by
    /// the job when it ends. Empty until then.
    QString summary() const;

    /// Asks the job to stop; it does within one batch. Any thread.
    void cancel();
    bool isCancelRequested() const { return m_cancel.load(); }

Q_SIGNALS:
    void started();
    void progressChanged(double fraction, const QString &stage);
    void logAppended(const QString &line);
    void finished();
    void failed(const QString &error);
    void cancelled();
    /// After finished, failed or cancelled, whichever it was: the one signal to wait for an end.
    void ended();
    /// A training step ended (QAT): step from 1, epoch from 1, the loss and the batch's accuracy.
    void trainingStep(int step, int epoch, double loss, double batchAccuracy);

protected:
    /// The work, on a worker thread. Return normally when done or cancelled; call fail() (or throw)
    /// on error. Exceptions are caught and turned into failed().
    virtual void execute() = 0;

    void reportProgress(double fraction, const QString &stage);
    void appendLog(const QString &line);
    void fail(const QString &error);
    void setSummary(const QString &summary);
    const std::atomic_bool *cancelFlag() const { return &m_cancel; }
    /// Opens the experiment log at `dbPath` for this thread (connections are never shared across
    /// threads); none for an empty path. False, with the job failed, when the log cannot be opened.
    bool openStore(const QString &dbPath, std::optional<ExperimentStore> *store);

private:
    friend class JobManager; // runs a job taken off the queue, so that it reports its cancellation
    void run() final;

    const QString m_title;
    std::atomic<State> m_state{State::Queued};
    std::atomic_bool m_cancel{false};
    std::atomic<qint64> m_startedAtMs{0};
    std::atomic<qint64> m_endedAtMs{0};
    mutable QMutex m_mutex; ///< guards the members below
    double m_progress = 0;
    QString m_stage;
    QString m_error;
    QString m_summary;
    QStringList m_log;
};

} // namespace qb
