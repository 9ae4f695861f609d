#pragma once

// The engine's alerts in the manager's words: what happened and what to do,
// per code (protocol.md section 7), in the language installed.

#include "dashboardmodel.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <functional>

namespace novbe {

class AlertTexts
{
    Q_DECLARE_TR_FUNCTIONS(novbe::AlertTexts)

public:
    using Namer = std::function<QString(const QString &id)>;

    AlertTexts(Namer serviceName, Namer counterName, QTimeZone zone);
    Alert describe(const AlertView &alert) const;

private:
    void describeQueue(const AlertView &a, Alert &out) const;
    void describeDevice(const AlertView &a, Alert &out) const;
    void describeEngine(const AlertView &a, Alert &out) const;

    Namer m_service;
    Namer m_counter;
    QTimeZone m_zone;
};

} // namespace novbe
