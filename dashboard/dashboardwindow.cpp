#include "dashboardwindow.h"

#include "app/translations.h"
#include "protocol/readmodelcodec.h"
#include "protocol/wire.h"
#include "ui/palette.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

using palette::hex;

QString minutes(int sec)
{
    return sec < 60 ? DashboardWindow::tr("%1 s").arg(sec)
                    : DashboardWindow::tr("%1 min").arg(sec / 60);
}

// A counter state as the manager reads it.
QString stateText(const QString &state)
{
    if (state == u"serving")
        return DashboardWindow::tr("serving");
    if (state == u"calling")
        return DashboardWindow::tr("calling");
    if (state == u"paused")
        return DashboardWindow::tr("paused");
    if (state == u"idle")
        return DashboardWindow::tr("idle");
    return DashboardWindow::tr("closed");
}

QString stateColour(const QString &state)
{
    if (state == u"serving")
        return hex(palette::OK);
    if (state == u"calling")
        return hex(palette::ACCENT);
    if (state == u"paused")
        return hex(palette::WARNING_TEXT);
    if (state == u"idle")
        return hex(palette::TEXT_MUTED);
    return hex(palette::DISABLED_TEXT);
}

} // namespace

DashboardWindow::DashboardWindow(AppLink *link, const QString &lang, QWidget *parent)
    : QMainWindow(parent), m_link(link), m_model(lang), m_refresh(new QTimer(this))
{
    Translations::ofCatalog(u"dashboard"_s).install(lang);
    setupUi();
    setupConnections();
}

void DashboardWindow::start()
{
    m_refresh->start(5000);
    m_link->start();
}

void DashboardWindow::setupUi()
{
    setWindowTitle(tr("Növbə — centre dashboard"));
    auto *central = new QWidget;
    auto *root = new QVBoxLayout(central);
    auto *top = new QHBoxLayout;
    m_title = new QLabel;
    m_title->setStyleSheet(u"font-size: 26px; font-weight: bold;"_s);
    m_clock = new QLabel;
    m_clock->setStyleSheet(u"font-size: 22px;"_s);
    m_linkLabel = new QLabel;
    top->addWidget(m_title, 1);
    top->addWidget(m_linkLabel);
    top->addWidget(m_clock);
    root->addLayout(top);
    root->addWidget(buildCards());
    auto *middle = new QHBoxLayout;
    m_services = new QTableWidget(0, 8);
    // Short headers: the service names need the width.
    m_services->setHorizontalHeaderLabels(
        {tr("Service", "table column"), tr("Waiting", "table column"),
         tr("Longest wait", "table column"), tr("Next wait", "table column"),
         tr("Issued", "table column"), tr("Served", "table column"), tr("No-show", "table column"),
         tr("SLA", "table column")});
    m_services->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_services->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_services->verticalHeader()->hide();
    m_services->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_services->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_services->setSortingEnabled(true);
    middle->addWidget(m_services, 6);
    auto *counters = new QWidget;
    m_counterGrid = new QGridLayout(counters);
    m_counterGrid->setSpacing(6);
    middle->addWidget(counters, 4);
    auto *side = new QVBoxLayout;
    auto *alertsTitle = new QLabel(tr("Alerts"));
    alertsTitle->setStyleSheet(u"font-size: 20px; font-weight: bold;"_s);
    m_alerts = new QListWidget;
    m_alerts->setWordWrap(true);
    side->addWidget(alertsTitle);
    side->addWidget(m_alerts);
    middle->addLayout(side, 2);
    root->addLayout(middle, 1);
    setCentralWidget(central);
}

QWidget *DashboardWindow::buildCards()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 6; ++i) {
        auto *card = new QLabel;
        card->setAlignment(Qt::AlignCenter);
        card->setMinimumHeight(110);
        card->setStyleSheet(
            u"background: %1; border-radius: 10px; padding: 8px;"_s.arg(hex(palette::PALE)));
        layout->addWidget(card);
        m_cards.push_back(card);
    }
    return row;
}

void DashboardWindow::setupConnections()
{
    connect(m_link, &AppLink::centreLoaded, this, [this](const CentreView &centre) {
        m_model.setCentre(centre);
        refresh();
    });
    connect(m_link, &AppLink::stateChanged, this,
            [this] { render(QDateTime::currentDateTimeUtc()); });
    connect(m_link, &AppLink::snapshotReceived, this, [this](const QueueSnapshot &s) {
        m_model.setSnapshot(s, QDateTime::currentDateTimeUtc());
        render(QDateTime::currentDateTimeUtc());
    });
    connect(m_link, &AppLink::eventReceived, this, &DashboardWindow::handleEvent);
    connect(m_refresh, &QTimer::timeout, this, &DashboardWindow::refresh);
}

void DashboardWindow::handleEvent(const EventView &event)
{
    m_statsDue = m_model.applyEvent(event, QDateTime::currentDateTimeUtc()) || m_statsDue;
    render(QDateTime::currentDateTimeUtc());
}

void DashboardWindow::refresh()
{
    if (!m_link->isReady()) {
        render(QDateTime::currentDateTimeUtc());
        return;
    }
    EngineClient *client = m_link->client();
    client->call(QString(method::QUEUE_SNAPSHOT), {}, this, [this](const RpcReply &r) {
        if (const auto snapshot = r.ok ? decode<QueueSnapshot>(r.result) : std::nullopt)
            m_model.setSnapshot(*snapshot, QDateTime::currentDateTimeUtc());
    });
    client->call(QString(method::STATS_TODAY), {}, this, [this](const RpcReply &r) {
        if (const auto stats = r.ok ? decode<StatsView>(r.result) : std::nullopt)
            m_model.setStats(*stats);
        m_statsDue = false;
        render(QDateTime::currentDateTimeUtc());
    });
}

void DashboardWindow::render(const QDateTime &now)
{
    m_title->setText(m_model.centreName());
    m_clock->setText(now.toTimeZone(m_link->timeZone()).toString(u"dd.MM.yyyy  HH:mm"_s));
    const bool up = m_link->isReady();
    m_linkLabel->setText(up ? tr("● connected") : tr("● engine unreachable — reconnecting"));
    m_linkLabel->setStyleSheet(u"color: %1; font-size: 16px; margin-right: 16px;"_s.arg(
        hex(up ? palette::OK : palette::FAULT)));
    renderCards();
    renderServices(now);
    renderCounters(now);
    renderAlerts(now);
}

void DashboardWindow::renderCards()
{
    const KpiCards k = m_model.cards();
    const QString rating = k.ratings ? QString::number(k.avgRating, 'f', 1) + u" ★"_s : u"–"_s;
    const std::array<std::pair<QString, QString>, 6> cards{{
        {tr("Waiting now"), QString::number(k.waitingNow)},
        {tr("Longest wait"), minutes(k.longestWaitSec)},
        {tr("Served today"), QString::number(k.servedToday)},
        {tr("Called within target"), QString::number(k.slaPct) + u" %"_s},
        {tr("No-show"), QString::number(k.noShowPct) + u" %"_s},
        {tr("Average rating"), rating},
    }};
    for (size_t i = 0; i < cards.size(); ++i)
        m_cards[i]->setText(
            u"<div style='font-size:15px'>%1</div><div style='font-size:38px; font-weight:bold'>%2</div>"_s
                .arg(cards[i].first, cards[i].second));
}

void DashboardWindow::renderServices(const QDateTime &)
{
    const auto rows = m_model.services();
    m_services->setSortingEnabled(false);
    m_services->setRowCount(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        const ServiceRow &r = rows[size_t(i)];
        const int target = r.targetWaitMin * 60;
        const QColor tint = target && r.longestWaitSec > target ? palette::color(palette::FAULT_BG)
            : target && r.longestWaitSec > target / 2 ? palette::color(palette::WARNING_BG)
                                                      : palette::color(palette::SURFACE);
        const QStringList cells{r.name,
                                QString::number(r.waiting),
                                minutes(r.longestWaitSec),
                                minutes(r.etaSec),
                                QString::number(r.issued),
                                QString::number(r.served),
                                QString::number(r.noShow),
                                QString::number(r.slaPct) + u" %"_s};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setBackground(tint);
            if (c > 0)
                item->setData(Qt::TextAlignmentRole, int(Qt::AlignRight | Qt::AlignVCenter));
            m_services->setItem(i, c, item);
        }
    }
    m_services->setSortingEnabled(true);
}

void DashboardWindow::renderCounters(const QDateTime &now)
{
    const auto tiles = m_model.counters(now);
    while (m_counterTiles.size() < tiles.size()) {
        auto *tile = new QLabel;
        tile->setMinimumHeight(74);
        tile->setAlignment(Qt::AlignCenter);
        const int i = int(m_counterTiles.size());
        m_counterGrid->addWidget(tile, i / 5, i % 5);
        tile->show();
        m_counterTiles.push_back(tile);
    }
    for (size_t i = 0; i < m_counterTiles.size(); ++i) {
        QLabel *tile = m_counterTiles[i];
        tile->setVisible(i < tiles.size());
        if (i >= tiles.size())
            continue;
        const CounterTile &t = tiles[i];
        const QString border = t.idleWithQueue ? u"4px solid %1"_s.arg(hex(palette::FAULT))
                                               : u"none"_s;
        tile->setStyleSheet(
            u"background: %1; color: %3; border-radius: 8px; border: %2; padding: 4px;"_s.arg(
                stateColour(t.state), border, hex(palette::BAND_TEXT)));
        const QString detail = !t.ticketNumber.isEmpty() ? t.ticketNumber
            : !t.pauseReason.isEmpty()                   ? t.pauseReason
                                                         : stateText(t.state);
        tile->setText(u"<b style='font-size:20px'>%1</b><br>%2<br><small>%3</small>"_s.arg(
            t.name, detail.toHtmlEscaped(), t.operatorName.toHtmlEscaped()));
    }
}

void DashboardWindow::renderAlerts(const QDateTime &now)
{
    m_alerts->clear();
    const QTimeZone zone = m_link->timeZone();
    for (const Alert &a : m_model.alerts(now)) {
        auto *item = new QListWidgetItem(
            u"%1  %2\n%3"_s.arg(a.at.toTimeZone(zone).toString(u"HH:mm"_s), a.text, a.action));
        item->setForeground(
            palette::color(a.level == AlertLevel::Fault ? palette::FAULT : palette::WARNING_TEXT));
        m_alerts->addItem(item);
    }
    if (m_alerts->count() == 0)
        m_alerts->addItem(tr("No alerts: every printer, display and queue is fine."));
}

} // namespace novbe
