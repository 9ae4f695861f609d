#pragma once

#include "callrowpainter.h"

#include <QWidget>

namespace novbe {

class DisplayModel;
struct DisplayCall;

// Left 60 %: "Now calling" with the latest 1–3 calls, capitals at least 20 %
// of the screen height. A new call flashes in inverse colours, then stays
// filled in the accent colour until the next call; a recall carries an
// "again" tab at the row's end.
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
    // The fitted number metrics for the current size (`recall`: leaving room
    // for the "again" tab at the row's end).
    CallRowMetrics metrics(bool recall = false) const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qreal headingHeight() const;
    qreal padding() const;
    void paintHeading(QPainter &p, const CallRowMetrics &m);
    void paintCall(QPainter &p, int index, const DisplayCall &call, const CallRowMetrics &m);
    void paintAgainTab(QPainter &p, const QRect &row, bool onColour);
    QFont againFont() const;
    QString againText() const;
    QSizeF againTabSize() const;

    const DisplayModel &m_model;
    QString m_lang = QStringLiteral("az");
};

} // namespace novbe
