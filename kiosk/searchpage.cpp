#include "searchpage.h"

#include "centremodel.h"
#include "kioskmessages.h"
#include "servicesearch.h"
#include "tile.h"
#include "tilegridpage.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

SearchPage::SearchPage(const CentreModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_heading(new QLabel(this))
    , m_field(new QLabel(this))
    , m_results(new TileGridPage(this))
    , m_keyboard(new QWidget(this))
    , m_keys(new QGridLayout(m_keyboard))
    , m_body(new QBoxLayout(QBoxLayout::TopToBottom))
{
    m_heading->setObjectName(u"pageHeading"_s);
    m_heading->setWordWrap(true);
    m_field->setObjectName(u"searchField"_s);
    m_field->setWordWrap(true);
    m_keyboard->setObjectName(u"keyboard"_s);
    m_keys->setSpacing(10);
    m_keys->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 24, 40, 24);
    layout->setSpacing(16);
    layout->addWidget(m_heading);
    layout->addWidget(m_field);
    m_body->setSpacing(24);
    m_body->addWidget(m_results, 1);
    m_body->addWidget(m_keyboard);
    layout->addLayout(m_body, 1);
    m_results->layout()->setContentsMargins(0, 0, 0, 0);
    connect(m_results, &TileGridPage::tileClicked, this, &SearchPage::serviceChosen);
    rebuildKeys();
}

void SearchPage::setLanguage(const QString &lang)
{
    m_lang = lang;
    m_heading->setText(tr("Find your service"));
    rebuildKeys();
    refresh();
}

void SearchPage::setLandscape(bool landscape)
{
    m_landscape = landscape;
    // Portrait: results above the keyboard; landscape: results beside it.
    m_body->setDirection(landscape ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_results->setGeometryRule(landscape ? 1 : 2, landscape ? 3 : 2);
    rebuildKeys();
}

void SearchPage::clear()
{
    m_query.clear();
    refresh();
}

void SearchPage::type(const QString &text)
{
    for (const QChar c : text)
        press(c == u' ' ? u"space"_s : QString(c));
}

QPushButton *SearchPage::key(const QString &letter) const
{
    for (QPushButton *b : m_keyboard->findChildren<QPushButton *>()) {
        if (b->property("key").toString() == letter)
            return b;
    }
    return nullptr;
}

QPushButton *SearchPage::makeKey(const QString &id, const QString &text, const QString &kind)
{
    auto *b = new QPushButton(text, m_keyboard);
    b->setObjectName(u"keyboardKey"_s);
    b->setProperty("key", id);
    b->setProperty("kind", kind);
    b->setFocusPolicy(Qt::NoFocus);
    b->setAccessibleName(text);
    connect(b, &QPushButton::clicked, this, [this, id] { press(id); });
    return b;
}

void SearchPage::rebuildKeys()
{
    qDeleteAll(m_keyboard->findChildren<QPushButton *>());
    const QStringList letters = keyboardLetters(m_lang);
    const int columns = 9;
    int i = 0;
    for (const QString &letter : letters) {
        m_keys->addWidget(makeKey(letter, letter, u"letter"_s), i / columns, i % columns);
        ++i;
    }
    const int row = (i + columns - 1) / columns;
    m_keys->addWidget(makeKey(u"space"_s, tr("Space"), u"action"_s), row, 0, 1, columns / 2);
    m_keys->addWidget(makeKey(u"delete"_s, u"⌫"_s, u"action"_s), row, columns / 2, 1, columns / 4);
    m_keys->addWidget(makeKey(u"clear"_s, tr("Clear"), u"action"_s), row, columns / 2 + columns / 4,
                      1, columns - columns / 2 - columns / 4);
}

void SearchPage::press(const QString &key)
{
    if (key == u"delete")
        m_query.chop(1);
    else if (key == u"clear")
        m_query.clear();
    else if (key == u"space")
        m_query += m_query.endsWith(u' ') || m_query.isEmpty() ? QString() : u" "_s;
    else if (m_query.size() < 40)
        m_query += key;
    refresh();
}

void SearchPage::refresh()
{
    m_field->setText(m_query.isEmpty() ? tr("Type the first letters of the service") : m_query);
    m_field->setProperty("empty", m_query.isEmpty());
    m_field->style()->unpolish(m_field);
    m_field->style()->polish(m_field);
    const QList<KioskService> found = searchServices(*m_model, m_query);
    QList<TileSpec> tiles;
    for (const KioskService &s : found) {
        tiles.append({s.id, localized(s.name, m_lang),
                      s.open ? loadText(s.waitingCount, s.etaSec) : closedText(s.hours),
                      s.open ? u"normal"_s : u"closed"_s});
    }
    m_results->setTiles(tiles);
    m_results->setHeading(m_query.isEmpty() ? QString()
                              : found.isEmpty()
                              ? tr("Nothing found. Try fewer letters.")
                              : tr("%n service(s) found", nullptr, int(found.size())));
}

} // namespace novbe
