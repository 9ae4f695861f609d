#include "deskwindow.h"

#include "displaymodel.h"
#include "displaystyle.h"
#include "displaytexts.h"

#include "app/textfit.h"
#include "ui/fonts.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace novbe {

namespace ds = displaystyle;

namespace {

constexpr qreal HEADER = 0.24; // of the height
constexpr qreal BANNER = 0.13;
constexpr qreal MARGIN = 0.05; // of the shorter side
constexpr int FLASH_TICK_MS = 100;
constexpr int IDLE_TICK_MS = 1000;

QRectF inset(const QRectF &r, qreal m)
{
    return r.adjusted(m, m, -m, -m);
}

} // namespace

DeskWindow::DeskWindow(DisplayModel &model, const Clock &clock, const QString &counterId,
                       QWidget *parent)
    : QWidget(parent), m_model(model), m_clock(clock), m_counterId(counterId)
{
    fonts::loadBundledFonts();
    setWindowTitle(u"Növbə — desk display "_s + counterId);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::BlankCursor);
    connect(&m_model, &DisplayModel::changed, this, [this] {
        update();
        if (m_animated && m_model.isFlashing())
            m_tick.start(FLASH_TICK_MS);
    });
    connect(&m_tick, &QTimer::timeout, this, &DeskWindow::handleTick);
    connect(&m_rotate, &QTimer::timeout, this, &DeskWindow::rotateLanguage);
    setAnimated(true);
}

void DeskWindow::setLanguage(const QString &lang)
{
    m_lang = lang;
    update();
}

void DeskWindow::setLabelRotation(const QStringList &languages, int seconds)
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

void DeskWindow::setOnline(bool online)
{
    m_online = online;
    update();
}

void DeskWindow::setAnimated(bool animated)
{
    m_animated = animated;
    if (!animated) {
        m_tick.stop();
        m_rotate.stop();
        return;
    }
    m_tick.start(m_model.isFlashing() ? FLASH_TICK_MS : IDLE_TICK_MS);
    if (m_rotation.size() > 1 && m_rotate.interval() > 0)
        m_rotate.start();
}

void DeskWindow::handleTick()
{
    m_model.tick();
    update();
    if (!m_model.isFlashing() && m_tick.interval() != IDLE_TICK_MS)
        m_tick.start(IDLE_TICK_MS);
}

void DeskWindow::rotateLanguage()
{
    if (m_rotation.isEmpty())
        return;
    setLanguage(m_rotation.at((m_rotation.indexOf(m_lang) + 1) % m_rotation.size()));
}

QString DeskWindow::counterTitle() const
{
    const DeskState desk = m_model.desk(m_counterId);
    const QString name = localized(desk.name, m_lang);
    return displayLabel(DisplayLabel::Counter, m_lang) + u'\u00A0'
        + (name.isEmpty() ? m_counterId : name);
}

QString DeskWindow::bannerText() const
{
    QString text = displayLabel(DisplayLabel::Offline, m_lang);
    const QDateTime last = m_model.lastUpdate();
    if (last.isValid()) {
        const QString time =
            last.toTimeZone(centreTimeZone(m_model.centre().centre.timezone)).toString(u"HH:mm"_s);
        text += u" · "_s + displayLabel(DisplayLabel::LastUpdated, m_lang).arg(time);
    }
    return text;
}

DeskWindow::Scene DeskWindow::scene() const
{
    Scene s;
    const qreal w = width();
    const qreal h = height();
    const qreal margin = qMin(w, h) * MARGIN;
    s.header = QRectF(0, 0, w, h * HEADER);
    s.banner = m_online ? QRectF() : QRectF(0, h * (1 - BANNER), w, h * BANNER);
    s.body = QRectF(0, s.header.bottom(), w, (m_online ? h : s.banner.top()) - s.header.bottom());
    const QRectF titleBox = inset(s.header, margin * 0.6);
    s.texts.append({counterTitle(),
                    fittedFont(ds::textFont(0, true), counterTitle(), titleBox.size(), false,
                               titleBox.height() * 0.8, 8),
                    titleBox, palette::color(palette::BAND_TEXT)});
    addBody(s);
    if (!m_online) {
        const QRectF box = inset(s.banner, margin * 0.35);
        s.texts.append({bannerText(),
                        fittedFont(ds::textFont(0, true), bannerText(), box.size(), true,
                                   box.height() * 0.6, 6),
                        box, palette::color(palette::BAND_TEXT), true});
    }
    return s;
}

void DeskWindow::addBody(Scene &s) const
{
    const DeskState desk = m_model.desk(m_counterId);
    if (!desk.known) {
        addNotice(s, displayLabel(DisplayLabel::NotInZone, m_lang).arg(m_counterId), {},
                  palette::color(palette::DISABLED));
    } else if (desk.state == CounterState::Closed) {
        addNotice(s, displayLabel(DisplayLabel::Closed, m_lang),
                  displayLabel(DisplayLabel::UseAnotherCounter, m_lang),
                  palette::color(palette::DISABLED));
    } else if (desk.state == CounterState::Paused) {
        addNotice(s, displayLabel(DisplayLabel::OnBreak, m_lang),
                  displayLabel(DisplayLabel::UseAnotherCounter, m_lang),
                  palette::color(palette::WARNING_BG));
    } else if (desk.number.isEmpty()) {
        addNotice(s, displayLabel(DisplayLabel::PleaseWait, m_lang), {},
                  palette::color(palette::SURFACE));
    } else {
        const std::optional<DisplayCall> call = m_model.deskCall(m_counterId);
        addNumber(s, desk.number, desk.recall, call && m_model.isInverse(*call));
    }
}

void DeskWindow::addNumber(Scene &s, const QString &number, bool recall, bool inverse) const
{
    s.bodyColour = palette::color(inverse ? palette::ACCENT : palette::SURFACE);
    const QColor ink = palette::color(inverse ? palette::ACCENT_TEXT : palette::TEXT);
    const qreal margin = qMin(width(), height()) * MARGIN;
    QRectF box = inset(s.body, margin);
    if (recall) {
        const QRectF tag(box.left(), box.bottom() - box.height() * 0.2, box.width(),
                         box.height() * 0.2);
        const QString text = u"↻\u00A0"_s + displayLabel(DisplayLabel::Again, m_lang);
        s.texts.append(
            {text,
             fittedFont(ds::textFont(0, true), text, tag.size(), false, tag.height() * 0.9, 6), tag,
             inverse ? ink : palette::color(palette::ACCENT)});
        box.setBottom(tag.top());
    }
    // Capitals fill ~86 % of the box height: the font's line is taller.
    s.texts.append(
        {number, fittedFont(ds::numberFont(1), number, box.size(), false, box.height() * 1.15, 8),
         box, ink});
}

void DeskWindow::addNotice(Scene &s, const QString &title, const QString &note, QColor colour) const
{
    s.bodyColour = colour;
    const QColor ink = palette::color(
        colour == palette::color(palette::WARNING_BG)     ? palette::WARNING_TEXT
            : colour == palette::color(palette::DISABLED) ? palette::DISABLED_TEXT
                                                          : palette::TEXT_MUTED);
    const qreal margin = qMin(width(), height()) * MARGIN;
    const QRectF area = inset(s.body, margin);
    const qreal split = note.isEmpty() ? 1.0 : 0.6;
    const QRectF top(area.left(), area.top(), area.width(), area.height() * split);
    s.texts.append(
        {title, fittedFont(ds::textFont(0, true), title, top.size(), true, top.height() * 0.6, 6),
         top, ink, true});
    if (note.isEmpty())
        return;
    const QRectF bottom(area.left(), top.bottom(), area.width(), area.height() - top.height());
    s.texts.append(
        {note, fittedFont(ds::textFont(0), note, bottom.size(), true, bottom.height() * 0.4, 6),
         bottom, ink, true});
}

QStringList DeskWindow::shownTexts() const
{
    QStringList out;
    for (const TextBox &t : scene().texts)
        out.append(t.text);
    return out;
}

QStringList DeskWindow::cutTexts() const
{
    QStringList out;
    for (const TextBox &t : scene().texts) {
        if (!textFits(t.font, t.text, t.box.size(), t.wrap))
            out.append(u"desk display '%1' at %2 px does not fit %3×%4"_s.arg(t.text)
                           .arg(t.font.pixelSize())
                           .arg(t.box.width())
                           .arg(t.box.height()));
    }
    return out;
}

void DeskWindow::paintEvent(QPaintEvent *)
{
    const Scene s = scene();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(s.header, palette::color(palette::BAND));
    p.fillRect(s.body, s.bodyColour.isValid() ? s.bodyColour : palette::color(palette::SURFACE));
    if (!s.banner.isEmpty())
        p.fillRect(s.banner, palette::color(palette::FAULT));
    for (const TextBox &t : s.texts) {
        p.setFont(t.font);
        p.setPen(t.color);
        p.drawText(t.box, Qt::AlignCenter | (t.wrap ? Qt::TextWordWrap : 0), t.text);
    }
}

} // namespace novbe
