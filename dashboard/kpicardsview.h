#pragma once

// The row of KPI cards: each a title, the figure, and a note with its target;
// the card takes the colour of the figure against its target.

#include "dashboardmodel.h"

#include <QWidget>

#include <array>

class QLabel;
class QLocale;

namespace novbe {

class KpiCardsView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int COUNT = 6;

    explicit KpiCardsView(QWidget *parent = nullptr);
    void render(const KpiCards &cards, const CardTargets &targets, const QLocale &locale);
    // For tests: the value shown on card `i`.
    QString valueText(int i) const;
    // For tests: the trend line of card `i` ("" when none).
    QString trendText(int i) const;
    // "▲ a week ago: 8": the arrow says whether `now` is above `then`.
    static QString trend(double now, double then, const QString &thenText);

private:
    struct Card
    {
        QWidget *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *value = nullptr;
        QLabel *note = nullptr;
        QLabel *trend = nullptr; // against the same hour last week
    };
    void show(Card &card, const QString &title, const QString &value, const QString &note,
              Level level);
    void showTrends(const KpiCards &cards, const QLocale &locale);

    std::array<Card, COUNT> m_cards;
};

} // namespace novbe
