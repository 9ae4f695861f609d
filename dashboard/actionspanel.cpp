#include "actionspanel.h"

#include "dashboardformat.h"
#include "dashboardmodel.h"
#include "ticketpickdialog.h"

#include "app/applink.h"
#include "core/managercontrols.h"
#include "ui/palette.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

QPushButton *button(const QString &name)
{
    auto *b = new QPushButton;
    b->setObjectName(name);
    return b;
}

bool askBox(QWidget *parent, const QString &question)
{
    return QMessageBox::question(parent, ActionsPanel::tr("Please confirm"), question)
        == QMessageBox::Yes;
}

} // namespace

ActionsPanel::ActionsPanel(AppLink *link, const DashboardModel *model, QWidget *parent)
    : QWidget(parent), m_link(link), m_model(model), m_actions(link), m_confirm(askBox)
{
    setObjectName(u"actionsPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildServiceBox(), 3);
    layout->addWidget(buildTickerBox());
    m_status = new QLabel;
    m_status->setObjectName(u"actionStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    connect(link, &AppLink::centreLoaded, this, &ActionsPanel::applyCentre);
    connect(link, &AppLink::snapshotReceived, this, [this](const QueueSnapshot &s) {
        m_message = s.message;
        render();
    });
    connect(link, &AppLink::eventReceived, this, &ActionsPanel::applyEvent);
    connect(&m_actions, &ManagerActions::finished, this, &ActionsPanel::showResult);
    if (link->hasCentre())
        applyCentre(link->centre());
    retranslate();
}

QWidget *ActionsPanel::buildServiceBox()
{
    m_serviceBox = new QGroupBox;
    auto *box = new QVBoxLayout(m_serviceBox);
    m_table = new ControlsTable;
    box->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    m_toggle = button(u"toggleOpen"_s);
    m_cutoffLabel = new QLabel;
    m_cutoffEdit = new QTimeEdit(QTime(17, 0));
    m_cutoffEdit->setObjectName(u"cutoffTime"_s);
    m_cutoffEdit->setDisplayFormat(u"HH:mm"_s);
    m_setCutoff = button(u"setCutoff"_s);
    m_clearCutoff = button(u"clearCutoff"_s);
    m_cancel = button(u"cancelTicket"_s);
    row->addWidget(m_toggle);
    row->addSpacing(12);
    row->addWidget(m_cutoffLabel);
    row->addWidget(m_cutoffEdit);
    row->addWidget(m_setCutoff);
    row->addWidget(m_clearCutoff);
    row->addSpacing(12);
    row->addWidget(m_cancel);
    row->addStretch(1);
    box->addLayout(row);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ActionsPanel::updateButtons);
    connect(m_toggle, &QPushButton::clicked, this, &ActionsPanel::toggleOpen);
    connect(m_setCutoff, &QPushButton::clicked, this, [this] { setCutoff(false); });
    connect(m_clearCutoff, &QPushButton::clicked, this, [this] { setCutoff(true); });
    connect(m_cancel, &QPushButton::clicked, this, &ActionsPanel::pickTicket);
    return m_serviceBox;
}

QWidget *ActionsPanel::buildTickerBox()
{
    m_tickerBox = new QGroupBox;
    auto *box = new QVBoxLayout(m_tickerBox);
    auto *row = new QHBoxLayout;
    m_textLabel = new QLabel;
    m_text = new QLineEdit;
    m_text->setObjectName(u"tickerText"_s);
    m_text->setMaxLength(MAX_MESSAGE_CHARS);
    m_expiryLabel = new QLabel;
    m_expiry = new QSpinBox;
    m_expiry->setObjectName(u"tickerMinutes"_s);
    m_expiry->setRange(0, 24 * 60);
    m_expiry->setSingleStep(15);
    m_send = button(u"sendMessage"_s);
    m_clear = button(u"clearMessage"_s);
    row->addWidget(m_textLabel);
    row->addWidget(m_text, 1);
    row->addWidget(m_expiryLabel);
    row->addWidget(m_expiry);
    row->addWidget(m_send);
    row->addWidget(m_clear);
    box->addLayout(row);
    m_current = new QLabel;
    m_current->setObjectName(u"currentMessage"_s);
    m_current->setWordWrap(true);
    box->addWidget(m_current);
    connect(m_send, &QPushButton::clicked, this, [this] { sendMessage(false); });
    connect(m_clear, &QPushButton::clicked, this, [this] { sendMessage(true); });
    connect(m_text, &QLineEdit::textChanged, this, &ActionsPanel::updateButtons);
    return m_tickerBox;
}

void ActionsPanel::retranslate()
{
    m_serviceBox->setTitle(tr("Services: new tickets"));
    m_tickerBox->setTitle(tr("Ticker on the hall displays"));
    m_cutoffLabel->setText(tr("No new tickets after"));
    m_setCutoff->setText(tr("Set cut-off"));
    m_clearCutoff->setText(tr("Remove cut-off"));
    m_cancel->setText(tr("Cancel a waiting ticket…"));
    m_textLabel->setText(tr("Message"));
    m_text->setPlaceholderText(tr("e.g. The notary service closes at 16:00 today"));
    m_expiryLabel->setText(tr("Minutes (0 = all day)"));
    m_send->setText(tr("Show on displays"));
    m_clear->setText(tr("Clear ticker"));
    m_table->retranslate();
    render();
}

void ActionsPanel::applyCentre(const CentreView &centre)
{
    m_services.clear();
    m_order.clear();
    for (const ServiceView &s : centre.services) {
        m_services.insert(s.id, s);
        m_order << s.id;
    }
    render();
}

void ActionsPanel::applyEvent(const EventView &event)
{
    if (const auto *changed = event.as<ServiceChangedEvent>()) {
        const auto it = m_services.find(changed->control.service);
        if (it != m_services.end()) {
            it->closed = changed->control.closed;
            it->cutoff = changed->control.cutoff;
        }
    } else if (const auto *message = event.as<DisplayMessageEvent>()) {
        m_message = message->message;
    } else {
        return;
    }
    render();
}

std::vector<ControlRow> ActionsPanel::rows() const
{
    const QTime local = m_link->clock().now().toTimeZone(m_link->timeZone()).time();
    std::vector<ControlRow> out;
    for (const ServiceRow &row : m_model->services()) {
        const auto it = m_services.constFind(row.id);
        if (it == m_services.cend())
            continue;
        const ServiceView &s = *it;
        const bool hoursOpen = !s.hours || (local >= s.hours->open && local < s.hours->close);
        const bool pastCutoff = s.cutoff && local >= *s.cutoff;
        out.push_back(ControlRow{s.id, row.name, row.waiting, hoursOpen && !s.closed && !pastCutoff,
                                 s.closed, s.cutoff});
    }
    return out;
}

void ActionsPanel::render()
{
    m_table->render(rows(), DashboardFormat::locale(m_model->language()));
    const QTimeZone zone = m_link->timeZone();
    const QDateTime now = m_link->clock().now();
    const bool showing = m_message
        && !(m_message->expiresAt.isValid() && m_message->expiresAt <= now);
    if (!showing)
        m_current->setText(tr("No message on the displays now."));
    else if (m_message->expiresAt.isValid())
        m_current->setText(
            tr("Showing now (until %1): %2")
                .arg(m_message->expiresAt.toTimeZone(zone).toString(u"HH:mm"_s), m_message->text));
    else
        m_current->setText(tr("Showing now (all day): %1").arg(m_message->text));
    updateButtons();
}

void ActionsPanel::updateButtons()
{
    const QString id = m_table->selectedService();
    const auto it = m_services.constFind(id);
    const bool has = it != m_services.cend();
    m_toggle->setEnabled(has);
    m_toggle->setText(has && it->closed ? tr("Reopen for new tickets")
                                        : tr("Close for new tickets"));
    m_setCutoff->setEnabled(has);
    m_clearCutoff->setEnabled(has && it->cutoff.has_value());
    m_cancel->setEnabled(has);
    m_send->setEnabled(!m_text->text().trimmed().isEmpty());
    m_clear->setEnabled(m_message.has_value());
}

bool ActionsPanel::confirm(const QString &question)
{
    return m_confirm(this, question);
}

void ActionsPanel::toggleOpen()
{
    const QString id = m_table->selectedService();
    const auto it = m_services.constFind(id);
    if (it == m_services.cend())
        return;
    const QString name = m_model->serviceName(id);
    const bool reopen = it->closed;
    const QString question = reopen
        ? tr("Reopen %1? The kiosks issue tickets for it again at once.").arg(name)
        : tr("Close %1 for new tickets for the rest of today? The kiosks show it closed "
             "at once; people already waiting are still served.")
              .arg(name);
    if (confirm(question))
        m_actions.setOpen(id, reopen);
}

void ActionsPanel::setCutoff(bool clear)
{
    const QString id = m_table->selectedService();
    if (id.isEmpty())
        return;
    const QString name = m_model->serviceName(id);
    const QTime time = m_cutoffEdit->time();
    const QString question = clear
        ? tr("Remove today's cut-off of %1?").arg(name)
        : tr("No new tickets for %1 after %2 today?").arg(name, time.toString(u"HH:mm"_s));
    if (confirm(question))
        m_actions.setCutoff(id, clear ? std::nullopt : std::optional<QTime>(time));
}

void ActionsPanel::pickTicket()
{
    const QString id = m_table->selectedService();
    if (id.isEmpty())
        return;
    const QString name = m_model->serviceName(id);
    m_actions.waitingTickets(id, [this, name](const std::vector<TicketView> &waiting) {
        auto *dialog = new TicketPickDialog(name, waiting, m_link->clock().now(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &TicketPickDialog::picked, this,
                [this](const QString &ticketId, const QString &number) {
                    if (confirm(tr("Cancel ticket %1? The citizen loses the place in the "
                                   "queue.")
                                    .arg(number)))
                        m_actions.cancelTicket(ticketId, number);
                });
        dialog->open();
    });
}

void ActionsPanel::sendMessage(bool clear)
{
    const QString text = clear ? QString() : m_text->text().simplified();
    if (!clear && text.isEmpty())
        return;
    QDateTime expires;
    if (!clear && m_expiry->value() > 0)
        expires = m_link->clock().now().addSecs(60LL * m_expiry->value());
    const QString question = clear ? tr("Clear the ticker on every hall display?")
                                   : tr("Show this message on every hall display?\n\n%1").arg(text);
    if (confirm(question))
        m_actions.sendMessage(text, expires);
}

void ActionsPanel::showResult(bool ok, const QString &text)
{
    m_status->setText(text);
    m_status->setStyleSheet(
        u"font-size: 16px; color: %1;"_s.arg(palette::hex(ok ? palette::OK : palette::FAULT)));
    emit answered(ok);
}

} // namespace novbe
