#include "transferpanel.h"

#include "deskmodel.h"
#include "desktext.h"
#include "desktranslations.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

TransferPanel::TransferPanel(DeskModel *model, QWidget *parent) : QFrame(parent), m_model(model)
{
    setObjectName(u"transferPanel"_s);
    setupUi();
    relabel();
}

void TransferPanel::setupUi()
{
    m_title = new QLabel(this);
    m_title->setProperty("role", u"panelHeading"_s);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"transferFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_services = new QListWidget(this);
    m_services->setObjectName(u"transferServices"_s);
    m_placementTitle = new QLabel(this);
    m_placementTitle->setProperty("role", u"panelTitle"_s);
    m_placement = new QButtonGroup(this);
    m_first = new QRadioButton(this);
    m_last = new QRadioButton(this);
    m_original = new QRadioButton(this);
    m_placement->addButton(m_first, int(Placement::First));
    m_placement->addButton(m_last, int(Placement::Last));
    m_placement->addButton(m_original, int(Placement::Original));
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"transferNote"_s);
    m_note->setMaxLength(500);
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(u"transferConfirm"_s);
    m_confirm->setProperty("primary", true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"transferCancel"_s);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(24, 16, 24, 16);
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(8);
    grid->addWidget(m_title, 0, 0, 1, 2);
    grid->addWidget(m_filter, 1, 0);
    grid->addWidget(m_services, 2, 0, 4, 1);
    grid->addWidget(m_placementTitle, 1, 1);
    grid->addWidget(m_first, 2, 1);
    grid->addWidget(m_last, 3, 1);
    grid->addWidget(m_original, 4, 1);
    grid->addWidget(m_note, 6, 0, 1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_confirm);
    grid->addLayout(buttons, 7, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(5, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &TransferPanel::applyFilter);
    connect(m_confirm, &QPushButton::clicked, this, &TransferPanel::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &TransferPanel::cancelled);
    connect(m_services, &QListWidget::itemActivated, this, &TransferPanel::confirm);
    connect(m_services, &QListWidget::currentRowChanged, this,
            [this] { m_confirm->setEnabled(!chosenService().isEmpty()); });
}

void TransferPanel::begin()
{
    fillServices();
    m_filter->clear();
    m_note->clear();
    m_first->setChecked(true);
    relabel();
    m_filter->setFocus();
}

void TransferPanel::fillServices()
{
    m_services->clear();
    const std::optional<Ticket> t = m_model->currentTicket();
    for (const DeskService &s : m_model->services()) {
        auto *item = new QListWidgetItem(u"%1  %2"_s.arg(s.prefix, localized(s.name, uiLanguage())),
                                         m_services);
        item->setData(Qt::UserRole, s.id);
        if (t && t->service == s.id)
            item->setText(item->text() + u"  "_s + tr("(same service)"));
    }
    m_services->setCurrentRow(-1);
    m_confirm->setEnabled(false);
}

void TransferPanel::applyFilter(const QString &text)
{
    int firstVisible = -1;
    for (int i = 0; i < m_services->count(); ++i) {
        QListWidgetItem *item = m_services->item(i);
        const bool show = text.isEmpty() || item->text().contains(text, Qt::CaseInsensitive);
        item->setHidden(!show);
        if (show && firstVisible < 0)
            firstVisible = i;
    }
    if (!text.isEmpty())
        m_services->setCurrentRow(firstVisible);
}

bool TransferPanel::choose(const QString &service, Placement placement, const QString &note)
{
    for (int i = 0; i < m_services->count(); ++i) {
        if (m_services->item(i)->data(Qt::UserRole).toString() == service) {
            m_services->setCurrentRow(i);
            m_placement->button(int(placement))->setChecked(true);
            m_note->setText(note);
            return true;
        }
    }
    return false;
}

QString TransferPanel::chosenService() const
{
    QListWidgetItem *item = m_services->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

Placement TransferPanel::chosenPlacement() const
{
    return Placement(std::max(0, m_placement->checkedId()));
}

void TransferPanel::confirm()
{
    const QString service = chosenService();
    if (!service.isEmpty())
        emit transferRequested(service, chosenPlacement(), m_note->text());
}

void TransferPanel::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
        case Qt::Key_Escape: emit cancelled(); return;
        case Qt::Key_Return:
        case Qt::Key_Enter: confirm(); return;
        case Qt::Key_Down:
        case Qt::Key_Up:
            if (m_filter->hasFocus()) {
                m_services->setFocus();
                QCoreApplication::sendEvent(m_services, event);
                return;
            }
            break;
        default: break;
    }
    QFrame::keyPressEvent(event);
}

void TransferPanel::relabel()
{
    const std::optional<Ticket> t = m_model->currentTicket();
    m_title->setText(tr("Transfer %1 to another service").arg(t ? t->number : QString()));
    m_filter->setPlaceholderText(tr("Type to find a service"));
    m_placementTitle->setText(tr("Place in that queue"));
    for (Placement p : {Placement::First, Placement::Last, Placement::Original}) {
        m_placement->button(int(p))->setText(placementLabel(p) + u"\n"_s + placementHint(p));
    }
    m_note->setPlaceholderText(tr("Note for the next counter (optional)"));
    m_confirm->setText(tr("Transfer (Enter)"));
    m_cancel->setText(tr("Back (Esc)"));
}

void TransferPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        relabel();
        if (isVisible()) {
            const QString chosen = chosenService();
            fillServices();
            choose(chosen, chosenPlacement(), m_note->text());
        }
    }
    QFrame::changeEvent(event);
}

} // namespace novbe
