#include "fitcheck.h"

#include <QAbstractButton>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QStyle>
#include <QTabBar>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace novbe::test {

namespace {

QString problem(const QString &what, const QString &text, QSize need, QSize has)
{
    return u"%1 '%2': needs %3×%4, has %5×%6"_s.arg(what, text.simplified())
        .arg(need.width())
        .arg(need.height())
        .arg(has.width())
        .arg(has.height());
}

// Width of the widest line and of the widest word: neither may be cut.
int widestWord(const QFontMetrics &fm, const QString &text)
{
    int widest = 0;
    for (const QString &word : text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts))
        widest = std::max(widest, fm.horizontalAdvance(word));
    return widest;
}

void checkLabel(const QLabel *label, QStringList &out)
{
    if (label->text().isEmpty())
        return;
    const QSize has = label->size();
    if (label->wordWrap()) {
        const int need = label->heightForWidth(has.width());
        const bool plain = !Qt::mightBeRichText(label->text());
        const int word = plain ? widestWord(label->fontMetrics(), label->text()) : 0;
        if (need > has.height() || word > label->contentsRect().width())
            out << problem(u"QLabel"_s, label->text(), {word, need}, has);
        return;
    }
    const QSize need = label->minimumSizeHint();
    if (need.width() > has.width() || need.height() > has.height())
        out << problem(u"QLabel"_s, label->text(), need, has);
}

void checkButton(const QAbstractButton *button, QStringList &out)
{
    const int need = button->fontMetrics().horizontalAdvance(button->text());
    if (need > button->contentsRect().width())
        out << problem(u"button"_s, button->text(), {need, 0}, button->contentsRect().size());
}

void checkTabs(const QTabBar *bar, QStringList &out)
{
    for (int i = 0; i < bar->count(); ++i) {
        const int need = bar->fontMetrics().horizontalAdvance(bar->tabText(i));
        if (need > bar->tabRect(i).width())
            out << problem(u"tab"_s, bar->tabText(i), {need, 0}, bar->tabRect(i).size());
    }
}

void checkHeader(const QTableWidget *table, QStringList &out)
{
    const QHeaderView *header = table->horizontalHeader();
    QFont bold = header->font();
    bold.setBold(true); // the style sheet's header sections
    const QFontMetrics fm(bold);
    for (int c = 0; c < table->columnCount(); ++c) {
        const QString text = table->horizontalHeaderItem(c) ? table->horizontalHeaderItem(c)->text()
                                                            : QString();
        int need = 0;
        for (const QString &line : text.split(u'\n'))
            need = std::max(need, fm.horizontalAdvance(line));
        const int lines = int(text.count(u'\n')) + 1;
        if (need > header->sectionSize(c) || lines * fm.height() > header->height())
            out << problem(u"header"_s, text, {need, lines * fm.height()},
                           {header->sectionSize(c), header->height()});
    }
}

void checkCells(const QTableWidget *table, QStringList &out)
{
    checkHeader(table, out);
    const QFontMetrics fm = table->fontMetrics();
    const int margin = 2
        * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
    for (int r = 0; r < table->rowCount(); ++r) {
        for (int c = 0; c < table->columnCount(); ++c) {
            const QTableWidgetItem *item = table->item(r, c);
            if (!item || item->text().isEmpty())
                continue;
            const QSize has(table->columnWidth(c) - margin, table->rowHeight(r));
            const QRect wrapped = fm.boundingRect(QRect(0, 0, has.width(), 100000),
                                                  Qt::TextWordWrap, item->text());
            const int word = widestWord(fm, item->text());
            if (word > has.width() || wrapped.height() > has.height())
                out << problem(u"cell"_s, item->text(), {word, wrapped.height()}, has);
        }
    }
}

void checkList(const QListWidget *list, QStringList &out)
{
    const QFontMetrics fm = list->fontMetrics();
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        const QRect rect = list->visualItemRect(item);
        const QRect wrapped = fm.boundingRect(QRect(0, 0, rect.width(), 100000), Qt::TextWordWrap,
                                              item->text());
        if (wrapped.height() > rect.height() || widestWord(fm, item->text()) > rect.width())
            out << problem(u"list item"_s, item->text(), wrapped.size(), rect.size());
    }
}

} // namespace

QStringList cutTexts(const QWidget *root)
{
    QStringList out;
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || !w->isVisible())
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(w))
            checkLabel(label, out);
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            checkButton(button, out);
        else if (const auto *bar = qobject_cast<const QTabBar *>(w))
            checkTabs(bar, out);
        else if (const auto *table = qobject_cast<const QTableWidget *>(w))
            checkCells(table, out);
        else if (const auto *list = qobject_cast<const QListWidget *>(w))
            checkList(list, out);
    }
    return out;
}

} // namespace novbe::test
