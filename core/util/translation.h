#pragma once

#include <QCoreApplication>
#include <QString>

/// Declares a file-local `tr()` that translates in `context`, for code outside QObject classes.
/// Write it once per .cpp file, at file scope after the includes, without a semicolon:
///
///     QB_DECLARE_TR_FUNCTIONS(qb::Quantizer)
///
///     
