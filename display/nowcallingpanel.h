#pragma once

#include "callrowpainter.h"

#include <QWidget>

namespace novbe {

class DisplayModel;
struct DisplayCall;

// Left 60 %: "Now calling" with the latest 1–3 calls, capitals at least 20 %
// of the screen height. A new call flashes in inverse colours, then stays
// highlighted; a recall carries a small "again" tab.
class NowCallingPanel : public QWidget
{
    Q_OBJECT

public:
    NowCallingPanel(const DisplayModel &model, QWidget *parent = nullptr);

    void setLanguage(const QString &lang);
    // Rows as drawn, newest first: "A042 → 7", "B118 → 12 (again)".
    QStringList shownRows() const;
    // Row `index` in panel coordinates (also for empty rows).
    QRect rowRect(int index) const;
    // The fitted number metrics for the current size.
    CallRowMetrics metrics() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qreal headingHeight() const;
    qreal padding() const;
    void paintHeading(QPainter &p, const CallRowMetrics &m);
    void paintCall(QPainter &p, int index, const DisplayCall &call, const CallRowMetrics &m);
    void paintAgainTab(QPainter &p, const QRectF &arrowColumn);

    const DisplayModel &m_model;
    QString m_lang = QStringLiteral("az");
};

} // namespace novbe
