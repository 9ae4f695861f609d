#pragma once

#include "callrowpainter.h"

#include <QWidget>

namespace novbe {

class DisplayModel;

// Right 40 %: the calls before the current ones, newest first, in a list
// with alternate shading; a recall carries a small "↻" mark.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    HistoryPanel(const DisplayModel &model, QWidget *parent = nullptr);

    void setLanguage(const QString &lang);
    void setRowCount(int rows);
    // Rows as drawn, newest first: "A041 → 3", "B117 → 12 ↻".
    QStringList shownRows() const;
    QRect rowRect(int index) const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qreal headingHeight() const;
    qreal padding() const;

    const DisplayModel &m_model;
    QString m_lang = QStringLiteral("az");
    int m_rows = 8;
};

} // namespace novbe
