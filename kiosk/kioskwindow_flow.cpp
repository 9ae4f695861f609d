// KioskWindow: the ticket flow (tiles, issuing, results).

#include "kioskwindow.h"

#include "centremodel.h"
#include "checkinpage.h"
#include "confirmationpage.h"
#include "kioskcontroller.h"
#include "messagepage.h"
#include "outofservicepage.h"
#include "protocol/codec.h"
#include "ticketissuer.h"
#include "ticketrenderer.h"
#include "tilegridpage.h"

using namespace Qt::StringLiterals;

namespace novbe {

void KioskWindow::refreshTiles()
{
    refreshGroups();
    refreshServices();
    refreshCategories();
}

void KioskWindow::refreshGroups()
{
    const CentreModel *model = m_controller->model();
    QList<TileSpec> tiles;
    for (const KioskGroup &g : model->groups()) {
        const bool open = model->groupOpen(g.id);
        const int waiting = model->groupWaiting(g.id);
        const QString line = open ? loadText(waiting, model->groupEtaSec(g.id))
                                  : closedText(std::nullopt);
        tiles.append({g.id, localized(g.name, m_lang), line, open ? u"normal"_s : u"closed"_s});
    }
    m_groups->setTiles(tiles);
}

void KioskWindow::refreshServices()
{
    const CentreModel *model = m_controller->model();
    const std::optional<KioskGroup> group = model->group(m_group);
    QList<TileSpec> tiles;
    for (const KioskService &s : model->servicesOf(m_group)) {
        tiles.append({s.id, localized(s.name, m_lang),
                      s.open ? loadText(s.waitingCount, s.etaSec) : closedLine(s),
                      s.open ? u"normal"_s : u"closed"_s});
    }
    m_services->setHeading(group ? localized(group->name, m_lang) : QString(),
                           tr("Choose your service"));
    m_services->setTiles(tiles);
}

void KioskWindow::refreshCategories()
{
    QList<TileSpec> tiles;
    for (const KioskCategory &c : m_controller->model()->categories()) {
        const bool standard = c.id == "standard"_L1;
        const QString line = standard ? tr("Most visitors: no priority")
            : c.needsProof            ? tr("Your document is checked at the counter")
                                      : QString();
        tiles.append(
            {c.id, localized(c.name, m_lang), line, standard ? u"primary"_s : u"normal"_s});
    }
    m_categories->setTiles(tiles);
}

void KioskWindow::showGroup(const QString &group)
{
    const QList<KioskService> services = m_controller->model()->servicesOf(group);
    m_group = group;
    if (services.size() == 1)
        return showService(services.first().id);
    refreshServices();
    setPage(Page::Services);
}

void KioskWindow::showService(const QString &service)
{
    const KioskService *s = m_controller->model()->service(service);
    if (!s)
        return;
    m_group = s->group.isEmpty() ? s->id : s->group;
    m_service = service;
    if (!s->open) {
        const KioskService touched = *s;
        showMessage(
            [this, touched] {
                const KioskService *now = m_controller->model()->service(touched.id);
                return closedServiceMessage(localized(touched.name, m_lang), now ? *now : touched);
            },
            m_messageMs);
        return;
    }
    if (!m_priority)
        return handleCategory(u"standard"_s); // the standard ticket: no category screen
    refreshCategories();
    setPage(Page::Categories);
}

void KioskWindow::handleCategory(const QString &category)
{
    if (busy() || m_service.isEmpty())
        return;
    if (m_controller->outage() != Outage::None)
        return goHome();
    m_checkinFlow = false;
    m_progressNumber.clear();
    const KioskMessage p = progressMessage({});
    m_progress->setMessage(p.tone, p.title, p.body);
    setPage(Page::Progress);
    m_controller->issuer()->issue(m_service, category, m_lang);
}

void KioskWindow::handleCode(const QString &code)
{
    m_lastCode = code;
    if (busy())
        return;
    if (m_controller->outage() != Outage::None)
        return goHome();
    m_checkinFlow = true;
    m_progressNumber.clear();
    const KioskMessage p = progressMessage({});
    m_progress->setMessage(p.tone, p.title, p.body);
    setPage(Page::Progress);
    m_controller->issuer()->checkIn(code, m_lang);
}

void KioskWindow::handlePrinting(const TicketView &ticket)
{
    m_progressNumber = ticket.number;
    const KioskMessage p = progressMessage(m_progressNumber);
    m_progress->setMessage(p.tone, p.title, p.body, p.number);
}

void KioskWindow::handleCompleted(const TicketView &ticket)
{
    const KioskService *s = m_controller->model()->service(ticket.service);
    m_confirmation->setTicket(ticket.number, s ? localized(s->name, m_lang) : QString(),
                              ticket.ahead, ticket.etaSec);
    setPage(Page::Confirmation);
    m_secondsLeft = m_confirmSeconds;
    m_confirmation->setSecondsLeft(m_secondsLeft);
    m_countdown.start();
}

void KioskWindow::tickConfirmation()
{
    --m_secondsLeft;
    if (m_page == Page::Message)
        m_message->setSecondsLeft(m_secondsLeft);
    else
        m_confirmation->setSecondsLeft(m_secondsLeft);
    if (m_secondsLeft <= 0)
        goHome();
}

void KioskWindow::handlePrintFailed(const TicketView &ticket)
{
    showPrintFailed(ticket.number, ticket.service);
}

void KioskWindow::showPrintFailed(const QString &number, const QString &service)
{
    showMessage(
        [this, number, service] {
            const KioskService *s = m_controller->model()->service(service);
            return printFailedMessage(number, s ? localized(s->name, m_lang) : QString());
        },
        2 * m_messageMs);
}

void KioskWindow::handleRefused(const WireError &error, bool retried)
{
    showRefusal(error, m_checkinFlow, retried);
}

void KioskWindow::showRefusal(const WireError &error, bool checkin, bool retried)
{
    m_checkinFlow = checkin;
    const QDateTime opensAt = parseIsoTime(error.data.value("opensAt"_L1).toString());
    const QDateTime local = opensAt.toTimeZone(m_controller->model()->timeZone());
    const QString opens = opensAt.isValid() ? local.toString(u"HH:mm"_s) : QString();
    const QString code = checkin ? m_lastCode : QString();
    showMessage(
        [error, checkin, retried, opens, code] {
            KioskMessage m = refusalMessage(error, checkin, retried, opens);
            if (error.code == wirecode::NOT_FOUND && !code.isEmpty())
                m.number = code; // the code as typed, big: a wrong digit shows
            return m;
        },
        m_messageMs);
}

void KioskWindow::previewOutage(Outage outage)
{
    m_outOfService->setOutage(outage);
    setPage(Page::OutOfService);
}

void KioskWindow::handleUnreachable()
{
    showMessage([] { return unreachableMessage(); }, m_messageMs);
}

void KioskWindow::showMessage(std::function<KioskMessage()> build, int timeoutMs)
{
    m_messageBuilder = std::move(build);
    const KioskMessage m = m_messageBuilder();
    m_messageAction = m.actionId;
    m_message->setMessage(m.tone, m.title, m.body, m.number, m.action);
    setPage(Page::Message);
    m_idle.start(timeoutMs);
    m_secondsLeft = timeoutMs / 1000;
    m_message->setSecondsLeft(m_secondsLeft);
    m_countdown.start();
}

void KioskWindow::handleMessageAction()
{
    const QString action = m_messageAction;
    m_messageBuilder = nullptr;
    if (m_controller->outage() != Outage::None)
        return goHome();
    if (action == "home"_L1)
        goHome();
    else if (action == "checkin"_L1)
        showCheckin();
    else if (action == "services"_L1 && !m_group.isEmpty())
        showGroup(m_group);
    else
        showGroups();
}

} // namespace novbe
