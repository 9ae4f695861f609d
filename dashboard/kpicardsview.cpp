#include "kpicardsview.h"

#include "dashboardformat.h"

#include "ui/palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

KpiCardsView::KpiCardsView(QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(10);
    for (Card &card : m_cards) {
        card.frame = new QWidget;
        card.frame->setObjectName(u"kpiCard"_s);
        card.frame->setAttribute(Qt::WA_StyledBackground);
        auto *column = new QVBoxLayout(card.frame);
        column->setContentsMargins(12, 8, 12, 8);
        column->setSpacing(2);
        card.title = new QLabel;
        card.title->setWordWrap(true);
        card.value = new QLabel;
        card.value->setStyleSheet(u"font-size: 36px; font-weight: bold;"_s);
        card.note = new QLabel;
        card.note->setWordWrap(true);
        card.note->setStyleSheet(u"font-size: 13px;"_s);
        card.trend = new QLabel;
        card.trend->setWordWrap(true);
        card.trend->setStyleSheet(u"font-size: 13px;"_s);
        for (QLabel *label : {card.title, card.value, card.note, card.trend}) {
            label->setAlignment(Qt::AlignHCenter | Qt::AlignVCenter);
            column->addWidget(label);
        }
        row->addWidget(card.frame, 1);
    }
}

void KpiCardsView::render(const KpiCards &k, const CardTargets &t, const QLocale &locale)
{
    const QString longestNote = k.longestService.isEmpty()
        ? tr("nobody is waiting")
        : tr("%1 · target %2")
              .arg(k.longestService, DashboardFormat::duration(k.longestTargetMin * 60));
    show(m_cards[0], tr("Waiting now"), locale.toString(k.waitingNow),
         tr("citizens in every queue"), Level::Neutral);
    show(m_cards[1], tr("Longest wait"), DashboardFormat::duration(k.longestWaitSec), longestNote,
         k.longestWaitSec ? k.longestLevel : Level::Ok);
    show(m_cards[2], tr("Served today"), locale.toString(k.servedToday),
         tr("of %1 tickets issued").arg(locale.toString(k.issuedToday)), Level::Neutral);
    // Shares over nobody called yet are no figure.
    auto share = [&](int pct) {
        return k.calls ? DashboardFormat::percent(pct, locale) : DashboardFormat::none();
    };
    show(m_cards[3], tr("Called within target"), share(k.slaPct),
         tr("target at least %1").arg(DashboardFormat::percent(t.slaPct, locale)),
         k.calls ? k.slaLevel : Level::Neutral);
    show(m_cards[4], tr("No-show"), share(k.noShowPct),
         tr("target at most %1").arg(DashboardFormat::percent(t.noShowPct, locale)),
         k.calls ? k.noShowLevel : Level::Neutral);
    show(m_cards[5], tr("Average rating"), DashboardFormat::rating(k.avgRating, k.ratings, locale),
         tr("%n rating(s) · target %1", nullptr, k.ratings).arg(locale.toString(t.rating, 'f', 1)),
         k.ratingLevel);
    showTrends(k, locale);
}

QString KpiCardsView::trend(double now, double then, const QString &thenText)
{
    const QString arrow = now > then ? u"▲"_s : now < then ? u"▼"_s : u"="_s;
    return arrow + u' ' + tr("a week ago: %1").arg(thenText);
}

void KpiCardsView::showTrends(const KpiCards &k, const QLocale &locale)
{
    std::array<QString, COUNT> lines;
    if (const std::optional<WeekAgo> &w = k.weekAgo) {
        lines[0] = trend(k.waitingNow, w->waiting, locale.toString(w->waiting));
        lines[2] = trend(k.servedToday, w->served, locale.toString(w->served));
        if (k.calls && w->calls) {
            lines[3] = trend(k.slaPct, w->slaPct, DashboardFormat::percent(w->slaPct, locale));
            lines[4] = trend(k.noShowPct, w->noShowPct,
                             DashboardFormat::percent(w->noShowPct, locale));
        }
        if (k.ratings && w->ratings)
            lines[5] = trend(k.avgRating, w->avgRating, locale.toString(w->avgRating, 'f', 1));
    }
    for (size_t i = 0; i < lines.size(); ++i) {
        m_cards[i].trend->setText(lines[i]);
        m_cards[i].trend->setVisible(!lines[i].isEmpty());
    }
}

void KpiCardsView::show(Card &card, const QString &title, const QString &value, const QString &note,
                        Level level)
{
    card.title->setText(title);
    card.value->setText(value);
    card.note->setText(note);
    card.frame->setStyleSheet(
        u"QWidget#kpiCard { background: %1; border-radius: 10px; } QLabel { background: transparent; color: %2; }"_s
            .arg(palette::hex(DashboardFormat::background(level)),
                 palette::hex(DashboardFormat::foreground(level))));
}

QString KpiCardsView::valueText(int i) const
{
    return m_cards.at(size_t(i)).value->text();
}

QString KpiCardsView::trendText(int i) const
{
    return m_cards.at(size_t(i)).trend->text();
}

} // namespace novbe
