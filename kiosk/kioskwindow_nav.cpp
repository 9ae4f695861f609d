// KioskWindow: moving between screens (Back, search, the priority path) and
// what the footer offers on each screen.

#include "kioskwindow.h"

#include "centremodel.h"
#include "footerbar.h"
#include "headerbar.h"
#include "kioskcontroller.h"
#include "searchpage.h"
#include "tilegridpage.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace novbe {

void KioskWindow::goBack()
{
    if (busy())
        return;
    switch (m_page) {
        case Page::Services:
        case Page::Search:
        case Page::Checkin: showGroups(); return;
        case Page::Categories:
            if (m_controller->model()->servicesOf(m_group).size() > 1)
                return showGroup(m_group);
            return showGroups();
        case Page::Message:
            if (m_messageAction == u"services" && !m_group.isEmpty())
                return showGroup(m_group);
            return showGroups();
        default: goHome();
    }
}

void KioskWindow::showSearch()
{
    if (m_controller->outage() != Outage::None || busy())
        return goHome();
    m_search->clear();
    setPage(Page::Search);
}

void KioskWindow::setPriority(bool priority)
{
    m_priority = priority;
    for (TileGridPage *page : {m_groups, m_services})
        page->action(u"priority"_s)->setChecked(priority);
    retranslateActions();
}

void KioskWindow::retranslateActions()
{
    m_groups->setHeading(tr("Choose a service area"),
                         m_priority ? tr("Priority: after the service you choose your category.")
                                    : QString());
    m_groups->action(u"search"_s)->setText(u"⌕\u00A0"_s + tr("Search"));
    const QString priority = (m_priority ? u"✓\u00A0"_s : u"★\u00A0"_s) + tr("Priority");
    for (TileGridPage *page : {m_groups, m_services})
        page->action(u"priority"_s)->setText(priority);
    m_categories->setHeading(
        tr("Do you have priority?"),
        tr("Priority is checked at the counter: please have your document ready."));
}

void KioskWindow::updateFooter()
{
    const Page p = m_page;
    m_header->setLanguagesEnabled(p != Page::OutOfService);
    m_footer->setVisible(p != Page::OutOfService && p != Page::Progress);
    m_footer->setBackVisible(p == Page::Services || p == Page::Categories || p == Page::Search
                             || p == Page::Checkin || p == Page::Message);
    m_footer->setAppointmentVisible(p == Page::Start || p == Page::Groups || p == Page::Services
                                    || p == Page::Search);
}

} // namespace novbe
