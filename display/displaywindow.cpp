#include "displaywindow.h"

#include "displaymodel.h"
#include "displaystyle.h"
#include "headerband.h"
#include "historypanel.h"
#include "nowcallingpanel.h"
#include "offlinebanner.h"
#include "tickerbar.h"

#include "displaytexts.h"

#include "ui/fonts.h"

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr qreal HEADER = 0.09; // of the height
constexpr qreal TICKER = 0.07;
constexpr qreal LEFT = 0.60; // of the width
constexpr int FLASH_TICK_MS = 100;
constexpr int IDLE_TICK_MS = 1000;

} // namespace

DisplayWindow::DisplayWindow(DisplayModel &model, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_model(model), m_clock(clock)
{
    setupUi();
    setupConnections();
    refreshCentre();
    setAnimated(true);
}

void DisplayWindow::setupUi()
{
    fonts::loadBundledFonts();
    setWindowTitle(u"Növbə — hall display"_s);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, palette::color(palette::SURFACE));
    setPalette(pal);
    setCursor(Qt::BlankCursor);
    m_header = new HeaderBand(m_clock, this);
    m_nowCalling = new NowCallingPanel(m_model, this);
    m_history = new HistoryPanel(m_model, this);
    m_history->setRowCount(m_model.settings().historyMax);
    m_ticker = new TickerBar(this);
    m_offline = new OfflineBanner(this);
    m_offline->hide();
}

void DisplayWindow::setupConnections()
{
    connect(&m_model, &DisplayModel::changed, this, &DisplayWindow::handleModelChanged);
    connect(&m_tick, &QTimer::timeout, this, &DisplayWindow::handleTick);
    connect(&m_rotate, &QTimer::timeout, this, &DisplayWindow::rotateLanguage);
}

void DisplayWindow::setLanguage(const QString &lang)
{
    m_lang = lang;
    m_nowCalling->setLanguage(lang);
    m_history->setLanguage(lang);
    m_header->setCentreName(localized(m_model.centre().centre.name, lang));
    refreshOffline();
}

void DisplayWindow::setLabelRotation(const QStringList &languages, int seconds)
{
    m_rotation = languages;
    m_rotate.stop();
    if (!m_rotation.isEmpty())
        setLanguage(m_rotation.first());
    if (m_rotation.size() > 1 && seconds > 0) {
        m_rotate.setInterval(seconds * 1000);
        if (m_animated)
            m_rotate.start();
    }
}

void DisplayWindow::setTickerLanguages(const QStringList &languages)
{
    m_tickerLanguages = languages;
    refreshCentre();
}

void DisplayWindow::setOnline(bool online)
{
    m_header->setOnline(online);
    m_offline->setVisible(!online);
    m_offline->raise();
    refreshOffline();
}

void DisplayWindow::refreshOffline()
{
    if (m_offline->isHidden())
        return;
    QString text = displayLabel(DisplayLabel::Offline, m_lang);
    const QDateTime last = m_model.lastUpdate();
    if (last.isValid()) {
        const QString time =
            last.toTimeZone(centreTimeZone(m_model.centre().centre.timezone)).toString(u"HH:mm"_s);
        text += u" · "_s + displayLabel(DisplayLabel::LastUpdated, m_lang).arg(time);
    }
    m_offline->setText(text);
}

QStringList DisplayWindow::cutTexts() const
{
    QStringList out;
    if (!m_header->nameFits())
        out.append(u"centre name does not fit the header band"_s);
    if (m_offline->isVisible() && !m_offline->textFits())
        out.append(u"offline banner '"_s + m_offline->text() + u"' does not fit"_s);
    return out;
}

void DisplayWindow::setAnimated(bool animated)
{
    m_animated = animated;
    m_ticker->setScrolling(animated);
    if (!animated) {
        m_tick.stop();
        m_rotate.stop();
        return;
    }
    m_tick.start(m_model.isFlashing() ? FLASH_TICK_MS : IDLE_TICK_MS);
    if (m_rotation.size() > 1 && m_rotate.interval() > 0)
        m_rotate.start();
}

void DisplayWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutBands();
}

void DisplayWindow::layoutBands()
{
    const int w = width();
    const int h = height();
    const int top = qRound(h * HEADER);
    const int bottom = h - qRound(h * TICKER);
    const int split = qRound(w * LEFT);
    m_header->setGeometry(0, 0, w, top);
    m_nowCalling->setGeometry(0, top, split, bottom - top);
    m_history->setGeometry(split, top, w - split, bottom - top);
    m_ticker->setGeometry(0, bottom, w, h - bottom);
    m_offline->setGeometry(0, bottom, w, h - bottom);
}

void DisplayWindow::handleModelChanged()
{
    refreshCentre();
    m_nowCalling->update();
    m_history->update();
    if (m_animated && m_model.isFlashing())
        m_tick.start(FLASH_TICK_MS);
}

void DisplayWindow::handleTick()
{
    m_model.tick();
    m_header->update();
    if (!m_model.isFlashing() && m_tick.interval() != IDLE_TICK_MS)
        m_tick.start(IDLE_TICK_MS);
}

void DisplayWindow::rotateLanguage()
{
    if (m_rotation.isEmpty())
        return;
    const qsizetype next = (m_rotation.indexOf(m_lang) + 1) % m_rotation.size();
    setLanguage(m_rotation.at(next));
}

void DisplayWindow::refreshCentre()
{
    const CentreInfoView &centre = m_model.centre().centre;
    m_header->setCentreName(localized(centre.name, m_lang));
    m_header->setTimeZone(centreTimeZone(centre.timezone));
    const QStringList langs = m_tickerLanguages.isEmpty() ? centre.languages : m_tickerLanguages;
    QStringList parts;
    for (const QString &lang : langs) {
        const QString text = centre.ticker.value(lang);
        if (!text.isEmpty() && !parts.contains(text))
            parts.append(text);
    }
    // The manager's message (display.message) goes first, on the amber band.
    const QString message = m_model.message();
    if (!message.isEmpty())
        parts.prepend(message);
    m_ticker->setHighlighted(!message.isEmpty());
    m_ticker->setText(parts.join(u"     •     "_s));
}

} // namespace novbe
