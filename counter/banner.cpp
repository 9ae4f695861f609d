#include "banner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {
constexpr int FADE_MS = 15000;

const char *kindName(Notice::Kind kind)
{
    switch (kind) {
        case Notice::Kind::Info: return "info";
        case Notice::Kind::Success: return "success";
        case Notice::Kind::Warning: return "warning";
        case Notice::Kind::Error: return "error";
    }
    return "info";
}
} // namespace

Banner::Banner(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(u"banner"_s);
    m_label->setObjectName(u"bannerText"_s);
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 6, 16, 6);
    layout->addWidget(m_label);
    setMinimumHeight(52);
    m_fade.setSingleShot(true);
    m_fade.setInterval(FADE_MS);
    connect(&m_fade, &QTimer::timeout, this, &Banner::clearNotice);
    render();
}

void Banner::showNotice(const Notice &notice)
{
    m_notice = notice;
    m_has = true;
    if (notice.kind == Notice::Kind::Success || notice.kind == Notice::Kind::Info)
        m_fade.start();
    else
        m_fade.stop();
    render();
}

void Banner::clearNotice()
{
    m_has = false;
    m_fade.stop();
    render();
}

QString Banner::text() const
{
    return m_label->text();
}
Notice::Kind Banner::kind() const
{
    return m_notice.kind;
}
bool Banner::hasNotice() const
{
    return m_has;
}

void Banner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

void Banner::render()
{
    setProperty("kind", QString::fromLatin1(m_has ? kindName(m_notice.kind) : "none"));
    m_label->setText(m_has && m_notice.text ? m_notice.text() : QString());
    style()->unpolish(this);
    style()->polish(this);
    style()->unpolish(m_label);
    style()->polish(m_label);
}

} // namespace novbe
