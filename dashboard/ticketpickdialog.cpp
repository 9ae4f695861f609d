#include "ticketpickdialog.h"

#include "dashboardformat.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

TicketPickDialog::TicketPickDialog(const QString &serviceName,
                                   const std::vector<TicketView> &waiting, const QDateTime &now,
                                   QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"ticketPick"_s);
    setWindowTitle(tr("Cancel a waiting ticket"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(waiting.empty()
                                 ? tr("Nobody is waiting for %1.").arg(serviceName)
                                 : tr("Waiting for %1, in call order:").arg(serviceName));
    title->setWordWrap(true);
    layout->addWidget(title);
    m_list = new QListWidget;
    for (const TicketView &t : waiting) {
        const int waited = int(t.queuedAt.isValid() ? t.queuedAt.secsTo(now) : 0);
        auto *item = new QListWidgetItem(
            tr("%1 · waiting %2 · %3")
                .arg(t.number, DashboardFormat::duration(waited), t.category));
        item->setData(Qt::UserRole, t.id);
        item->setData(Qt::UserRole + 1, t.number);
        m_list->addItem(item);
    }
    m_list->setMinimumWidth(420);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox;
    m_cancel = buttons->addButton(tr("Cancel this ticket…"), QDialogButtonBox::AcceptRole);
    m_cancel->setObjectName(u"cancelTicket"_s);
    m_cancel->setEnabled(false);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_cancel->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &TicketPickDialog::choose);
    connect(buttons, &QDialogButtonBox::accepted, this, &TicketPickDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void TicketPickDialog::choose()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    accept();
    emit picked(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
}

} // namespace novbe
