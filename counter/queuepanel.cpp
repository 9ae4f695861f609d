#include "queuepanel.h"

#include "deskmodel.h"
#include "desktext.h"
#include "desktranslations.h"
#include "ui/palette.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

constexpr int ID_ROLE = Qt::UserRole;
constexpr int NUMBER_ROLE = Qt::UserRole + 1;
constexpr int MAX_TABLE_HEIGHT = 240; // about six services; more scroll

QLabel *title(const QString &name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setProperty("role", u"panelTitle"_s);
    return l;
}

enum Column { NUMBER, WAITED, SERVICE, CATEGORY, COLUMNS };

QTableWidget *ticketList(const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, COLUMNS, parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->setShowGrid(false);
    t->setWordWrap(true); // a long service name takes a second line, never "…"
    QHeaderView *h = t->horizontalHeader();
    for (int c : {NUMBER, WAITED, CATEGORY})
        h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(SERVICE, QHeaderView::Stretch);
    return t;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align | Qt::AlignVCenter);
    return item;
}

} // namespace

QueuePanel::QueuePanel(DeskModel *model, QWidget *parent) : QFrame(parent), m_model(model)
{
    setObjectName(u"queuePanel"_s);
    setupUi();
    connect(m_model, &DeskModel::queuesChanged, this, &QueuePanel::refresh);
    connect(m_model, &DeskModel::centreChanged, this, &QueuePanel::refresh);
    connect(m_model, &DeskModel::counterChanged, this, &QueuePanel::refresh);
    m_tick.setInterval(15000);
    connect(&m_tick, &QTimer::timeout, this, &QueuePanel::fillTable);
    m_tick.start();
    relabel();
    refresh();
}

void QueuePanel::setupUi()
{
    m_servicesTitle = title(u"servicesTitle"_s, this);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"servicesTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->setShowGrid(false);
    m_table->setWordWrap(true);
    m_waitingTitle = title(u"waitingTitle"_s, this);
    m_waiting = ticketList(u"waitingList"_s, this);
    m_parkedTitle = title(u"parkedTitle"_s, this);
    m_parked = ticketList(u"parkedList"_s, this);
    m_call = new QPushButton(this);
    m_call->setObjectName(u"callSpecific"_s);
    m_call->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(6);
    layout->addWidget(m_servicesTitle);
    layout->addWidget(m_table);
    layout->addWidget(m_waitingTitle);
    layout->addWidget(m_waiting, 3);
    layout->addWidget(m_parkedTitle);
    layout->addWidget(m_parked, 1);
    layout->addWidget(m_call);
    connect(m_call, &QPushButton::clicked, this, &QueuePanel::activateCall);
    m_parked->setColumnHidden(WAITED, true);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this] { QTimer::singleShot(0, this, &QueuePanel::fitTableHeight); });
    for (QTableWidget *list : {m_waiting, m_parked})
        connect(list->horizontalHeader(), &QHeaderView::sectionResized, list,
                [list] { QTimer::singleShot(0, list, &QTableWidget::resizeRowsToContents); });
    for (QTableWidget *list : {m_waiting, m_parked}) {
        QTableWidget *other = list == m_waiting ? m_parked : m_waiting;
        connect(list, &QTableWidget::itemActivated, this,
                [this](QTableWidgetItem *) { activateCall(); });
        connect(list, &QTableWidget::itemSelectionChanged, this, [this, list, other] {
            if (!list->selectedItems().isEmpty())
                other->clearSelection();
            m_call->setEnabled(m_callAllowed && selectedItem());
        });
    }
}

void QueuePanel::refresh()
{
    fillTable();
    const std::vector<DeskQueue> queues = m_model->servedQueues();
    std::vector<Ticket> waiting, parked;
    for (const DeskQueue &q : queues) {
        waiting.insert(waiting.end(), q.waiting.begin(), q.waiting.end());
        parked.insert(parked.end(), q.parked.begin(), q.parked.end());
    }
    fillList(m_waiting, waiting, false);
    fillList(m_parked, parked, true);
    relabel();
}

void QueuePanel::fillTable()
{
    const std::vector<DeskQueue> queues = m_model->servedQueues();
    m_table->setRowCount(int(queues.size()));
    for (int row = 0; row < int(queues.size()); ++row) {
        const DeskQueue &q = queues[size_t(row)];
        const DeskService *s = m_model->service(q.service);
        const qint64 wait = m_model->longestWaitNow(q);
        const WaitLevel level = waitLevel(wait, s ? s->targetWaitMin : 15);
        auto *name = new QTableWidgetItem(s ? localized(s->name, uiLanguage()) : q.service);
        auto *count = new QTableWidgetItem(QString::number(q.waitingCount));
        count->setTextAlignment(Qt::AlignCenter);
        auto *longest = new QTableWidgetItem(q.waitingCount ? shortWait(wait) : u"–"_s);
        longest->setTextAlignment(Qt::AlignCenter);
        if (level != WaitLevel::Ok) {
            const bool red = level == WaitLevel::OverTarget;
            longest->setBackground(palette::color(red ? palette::FAULT : palette::WARNING_BG));
            longest->setForeground(
                palette::color(red ? palette::ACCENT_TEXT : palette::WARNING_TEXT));
            longest->setToolTip(red ? tr("Past the target wait") : tr("Past half the target wait"));
        }
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, count);
        m_table->setItem(row, 2, longest);
    }
    fitTableHeight();
}

// Rows as tall as their wrapped text at the columns' final widths.
void QueuePanel::fitTableHeight()
{
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(std::min(height, MAX_TABLE_HEIGHT));
}

void QueuePanel::fillList(QTableWidget *list, const std::vector<Ticket> &tickets, bool parked)
{
    const QTableWidgetItem *current = list->currentItem();
    const QString selected = current && current->isSelected()
        ? list->item(current->row(), NUMBER)->data(ID_ROLE).toString()
        : QString();
    list->clearContents();
    list->setRowCount(int(tickets.size()));
    const QDateTime now = m_model->engineNow();
    for (int row = 0; row < int(tickets.size()); ++row) {
        const Ticket &t = tickets[size_t(row)];
        const DeskService *s = m_model->service(t.service);
        const DeskCategory *c = m_model->category(t.category);
        QTableWidgetItem *number = cell(t.number);
        number->setData(ID_ROLE, t.id);
        number->setData(NUMBER_ROLE, t.number);
        list->setItem(row, NUMBER, number);
        if (!parked)
            list->setItem(
                row, WAITED,
                cell(shortWait((t.queuedAt.isValid() ? t.queuedAt : t.issuedAt).secsTo(now)),
                     Qt::AlignRight));
        const QString service = s ? localized(s->name, uiLanguage()) : t.service;
        QTableWidgetItem *name = cell(service);
        name->setToolTip(service);
        list->setItem(row, SERVICE, name);
        if (c && t.category != u"standard") {
            QTableWidgetItem *code = cell(
                u"★"_s + categoryShortCode(c->shortCode, t.category, uiLanguage()),
                Qt::AlignCenter);
            code->setToolTip(localized(c->name, uiLanguage()));
            code->setForeground(palette::color(palette::PRIORITY));
            code->setBackground(palette::color(palette::PRIORITY_BG));
            list->setItem(row, CATEGORY, code);
        }
        if (t.id == selected)
            list->selectRow(row);
    }
    list->resizeRowsToContents();
}

QTableWidgetItem *QueuePanel::selectedItem() const
{
    for (QTableWidget *list : {m_waiting, m_parked}) {
        const QList<QTableWidgetItem *> items = list->selectedItems();
        if (!items.isEmpty())
            return list->item(items.first()->row(), NUMBER);
    }
    return nullptr;
}

void QueuePanel::setStale(bool stale)
{
    for (QWidget *w : {static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_waiting),
                       static_cast<QWidget *>(m_parked)}) {
        w->setProperty("stale", stale);
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
}

void QueuePanel::setCallAllowed(bool allowed)
{
    m_callAllowed = allowed;
    m_call->setEnabled(allowed && selectedItem());
}

void QueuePanel::activateCall()
{
    if (QTableWidgetItem *item = selectedItem()) {
        emit callRequested(item->data(ID_ROLE).toString(), item->data(NUMBER_ROLE).toString());
        return;
    }
    QTableWidget *list = m_waiting->rowCount() ? m_waiting : m_parked;
    if (list->rowCount() == 0) {
        emit hintRequested(tr("There is no waiting or parked ticket to call."));
        return;
    }
    list->setFocus();
    list->selectRow(0);
    emit hintRequested(
        tr("Choose a ticket with the arrow keys, then press F9 or Enter to call it."));
}

bool QueuePanel::selectTicket(const QString &number)
{
    for (QTableWidget *list : {m_waiting, m_parked}) {
        for (int i = 0; i < list->rowCount(); ++i) {
            if (list->item(i, NUMBER)->data(NUMBER_ROLE).toString() == number) {
                list->selectRow(i);
                return true;
            }
        }
    }
    return false;
}

void QueuePanel::relabel()
{
    m_servicesTitle->setText(tr("Your services"));
    m_table->setHorizontalHeaderLabels({tr("Service"), tr("Waiting"), tr("Longest")});
    m_waitingTitle->setText(tr("Waiting (%1)").arg(m_waiting->rowCount()));
    m_parkedTitle->setText(tr("Parked (%1)").arg(m_parked->rowCount()));
    for (QTableWidget *list : {m_waiting, m_parked})
        list->setHorizontalHeaderLabels({tr("No."), tr("Waited"), tr("Service"), tr("Cat.")});
    m_call->setText(tr("F9  Call this ticket"));
}

void QueuePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace novbe
