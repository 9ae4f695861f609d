#include "queuepanel.h"

#include "deskmodel.h"
#include "desktext.h"
#include "desktranslations.h"
#include "ui/palette.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
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

QListWidget *ticketList(const QString &name, QWidget *parent)
{
    auto *l = new QListWidget(parent);
    l->setObjectName(name);
    l->setUniformItemSizes(true);
    l->setSelectionMode(QAbstractItemView::SingleSelection);
    return l;
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
    for (QListWidget *list : {m_waiting, m_parked}) {
        QListWidget *other = list == m_waiting ? m_parked : m_waiting;
        connect(list, &QListWidget::itemActivated, this,
                [this](QListWidgetItem *) { activateCall(); });
        connect(list, &QListWidget::itemSelectionChanged, this, [this, list, other] {
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
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(std::min(height, MAX_TABLE_HEIGHT));
}

void QueuePanel::fillList(QListWidget *list, const std::vector<Ticket> &tickets, bool parked)
{
    const QString selected = list->currentItem() && list->currentItem()->isSelected()
        ? list->currentItem()->data(ID_ROLE).toString()
        : QString();
    list->clear();
    const QDateTime now = m_model->engineNow();
    for (const Ticket &t : tickets) {
        const DeskService *s = m_model->service(t.service);
        const DeskCategory *c = m_model->category(t.category);
        QString text = t.number + u"   "_s;
        if (!parked)
            text += shortWait((t.queuedAt.isValid() ? t.queuedAt : t.issuedAt).secsTo(now))
                + u"   "_s;
        text += s ? localized(s->name, uiLanguage()) : t.service;
        if (c && t.category != u"standard")
            text += u"   ★ "_s + localized(c->name, uiLanguage());
        auto *item = new QListWidgetItem(text, list);
        item->setData(ID_ROLE, t.id);
        item->setData(NUMBER_ROLE, t.number);
        if (t.id == selected)
            item->setSelected(true);
    }
}

QListWidgetItem *QueuePanel::selectedItem() const
{
    for (QListWidget *list : {m_waiting, m_parked}) {
        const QList<QListWidgetItem *> items = list->selectedItems();
        if (!items.isEmpty())
            return items.first();
    }
    return nullptr;
}

void QueuePanel::setCallAllowed(bool allowed)
{
    m_callAllowed = allowed;
    m_call->setEnabled(allowed && selectedItem());
}

void QueuePanel::activateCall()
{
    if (QListWidgetItem *item = selectedItem()) {
        emit callRequested(item->data(ID_ROLE).toString(), item->data(NUMBER_ROLE).toString());
        return;
    }
    QListWidget *list = m_waiting->count() ? m_waiting : m_parked;
    if (list->count() == 0) {
        emit hintRequested(tr("There is no waiting or parked ticket to call."));
        return;
    }
    list->setFocus();
    list->setCurrentRow(0);
    emit hintRequested(
        tr("Choose a ticket with the arrow keys, then press F9 or Enter to call it."));
}

bool QueuePanel::selectTicket(const QString &number)
{
    for (QListWidget *list : {m_waiting, m_parked}) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(NUMBER_ROLE).toString() == number) {
                list->setCurrentRow(i);
                list->item(i)->setSelected(true);
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
    m_waitingTitle->setText(tr("Waiting (%1)").arg(m_waiting->count()));
    m_parkedTitle->setText(tr("Parked (%1)").arg(m_parked->count()));
    m_call->setText(tr("F9  Call this ticket"));
}

void QueuePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace novbe
