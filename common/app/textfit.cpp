#include "textfit.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTabBar>
#include <QTableWidget>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

QString problem(const QString &what, const QString &text, QSize need, QSize has)
{
    return u"%1 '%2': needs %3×%4, has %5×%6"_s.arg(what, text.simplified())
        .arg(need.width())
        .arg(need.height())
        .arg(has.width())
        .arg(has.height());
}

int widestWord(const QFontMetrics &fm, const QString &text)
{
    int widest = 0;
    for (const QString &word : text.split(QRegularExpression(u"[ \\t\\n]+"_s), Qt::SkipEmptyParts))
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
        const int width = label->contentsRect().width() - 2 * label->margin() - 2 * label->indent();
        if (need > has.height() || word > width
            || (plain && breaksInsideWord(label->font(), label->text(), width)))
            out << problem(u"QLabel"_s, label->text(), {word, need}, has);
        return;
    }
    const QSize need = label->minimumSizeHint();
    if (need.width() > has.width() || need.height() > has.height())
        out << problem(u"QLabel"_s, label->text(), need, has);
}

void checkButton(const QAbstractButton *button, QStringList &out)
{
    const QFontMetrics fm = button->fontMetrics();
    int need = 0;
    const QStringList lines = button->text().split(u'\n');
    for (const QString &line : lines)
        need = std::max(need, fm.horizontalAdvance(line));
    int room = button->contentsRect().width();
    if (qobject_cast<const QRadioButton *>(button) || qobject_cast<const QCheckBox *>(button)) {
        const QStyle *s = button->style();
        room -= s->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, button)
            + s->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, button);
    }
    const int height = int(lines.size()) * fm.lineSpacing();
    if (need > room || height > button->height())
        out << problem(u"button"_s, button->text(), {need, height}, {room, button->height()});
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
        if (table->isColumnHidden(c))
            continue;
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
            if (!item || item->text().isEmpty() || table->isColumnHidden(c))
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

int widestWord(const QFont &font, const QString &text)
{
    return widestWord(QFontMetrics(font), text);
}

bool breaksInsideWord(const QFont &font, const QString &text, int width)
{
    for (const QString &paragraph : text.split(u'\n')) {
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        int previousEnd = -1;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            const int start = line.textStart();
            if (previousEnd > 0 && start < paragraph.size() && !paragraph.at(start - 1).isSpace()
                && paragraph.at(start - 1) != u'\u00AD')
                return true;
            previousEnd = start + line.textLength();
        }
        layout.endLayout();
    }
    return false;
}

bool textFits(const QFont &font, const QString &text, const QSizeF &box, bool wrap)
{
    const QFontMetricsF fm(font);
    if (!wrap)
        return fm.horizontalAdvance(text) <= box.width() && fm.height() <= box.height();
    const int width = int(box.width());
    const QRectF need = fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text);
    return need.height() <= box.height() && widestWord(font, text) <= width
        && !breaksInsideWord(font, text, width);
}

QFont fittedFont(QFont font, const QString &text, const QSizeF &box, bool wrap, qreal maxPx,
                 qreal minPx)
{
    for (qreal px = maxPx; px > minPx; px *= 0.96) {
        font.setPixelSize(qMax(1, int(px)));
        if (textFits(font, text, box, wrap))
            return font;
    }
    font.setPixelSize(qMax(1, int(minPx)));
    return font;
}

} // namespace novbe
