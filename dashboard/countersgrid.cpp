#include "countersgrid.h"

#include "dashboardformat.h"

#include "app/pausereasons.h"

#include "ui/palette.h"

#include <QGridLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

using palette::hex;

std::pair<QRgb, QRgb> stateColours(const QString &state)
{
    if (state == u"serving")
        return {palette::OK, palette::BAND_TEXT};
    if (state == u"calling")
        return {palette::ACCENT, palette::ACCENT_TEXT};
    if (state == u"paused")
        return {palette::WARNING_BG, palette::WARNING_TEXT};
    if (state == u"idle")
        return {palette::PALE, palette::TEXT};
    return {palette::DISABLED, palette::DISABLED_TEXT};
}

// The middle line: what the counter is doing and for how long.
QString doing(const CounterTile &t, const QDateTime &now)
{
    auto since = [&now](const QDateTime &at) {
        return at.isValid() ? DashboardFormat::duration(int(at.secsTo(now))) : QString();
    };
    if (!t.ticketNumber.isEmpty())
        return u"%1 · %2"_s.arg(t.ticketNumber, since(t.ticketSince));
    if (t.state == u"paused")
        return u"%1 · %2"_s.arg(PauseReasons::label(t.pauseReason), since(t.since));
    if (t.state == u"idle")
        return since(t.since); // the state is in the first line
    return DashboardFormat::none();
}

} // namespace

CountersGrid::CountersGrid(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(6);
    for (int c = 0; c < COLUMNS; ++c)
        m_grid->setColumnStretch(c, 1); // equal tiles, whatever their text
}

QString CountersGrid::stateText(const QString &state)
{
    if (state == u"serving")
        return tr("serving");
    if (state == u"calling")
        return tr("calling");
    if (state == u"paused")
        return tr("paused");
    if (state == u"idle")
        return tr("idle");
    return tr("closed");
}

void CountersGrid::render(const std::vector<CounterTile> &tiles, const QDateTime &now)
{
    while (m_tiles.size() < tiles.size()) {
        auto *tile = new QLabel;
        tile->setWordWrap(true);
        tile->setAlignment(Qt::AlignCenter);
        tile->setMinimumHeight(78);
        // The text wraps instead of widening its column.
        tile->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        const int i = int(m_tiles.size());
        m_grid->addWidget(tile, i / COLUMNS, i % COLUMNS);
        m_tiles.push_back(tile);
    }
    for (size_t i = 0; i < m_tiles.size(); ++i) {
        QLabel *tile = m_tiles[i];
        tile->setVisible(i < tiles.size());
        if (i >= tiles.size())
            continue;
        const CounterTile &t = tiles[i];
        const auto [background, text] = stateColours(t.state);
        const QString border = t.idleWithQueue ? u"4px solid %1"_s.arg(hex(palette::FAULT))
                                               : u"1px solid %1"_s.arg(hex(palette::LINE_LIGHT));
        tile->setStyleSheet(
            u"QLabel { background: %1; color: %2; border-radius: 8px; border: %3; padding: 3px; }"_s
                .arg(hex(background), hex(text), border));
        QString third = t.operatorName.toHtmlEscaped();
        if (t.idleWithQueue)
            third = u"<b>%1</b><br>%2"_s.arg(tr("idle while citizens wait"), third);
        tile->setText(u"<b style='font-size:19px'>%1</b> %2<br>%3<br><small>%4</small>"_s.arg(
            t.name.toHtmlEscaped(), stateText(t.state), doing(t, now).toHtmlEscaped(), third));
    }
}

QString CountersGrid::tileText(int i) const
{
    return m_tiles.at(size_t(i))->text();
}

} // namespace novbe
