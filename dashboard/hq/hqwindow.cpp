#include "hqwindow.h"

#include "dashboardformat.h"
#include "hqcentrestable.h"
#include "hqcentretab.h"
#include "hqreporttab.h"
#include "languagebuttons.h"

#include "app/pausereasons.h"
#include "app/translations.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGraphicsOpacityEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace novbe {

HqWindow::HqWindow(HqFeed *feed, const QString &source, const QString &lang, QWidget *parent)
    : QMainWindow(parent), m_feed(feed), m_source(source), m_lang(lang)
{
    auto *central = new QWidget;
    auto *root = new QVBoxLayout(central);
    root->addWidget(buildHeader());
    m_banner = new QLabel;
    m_banner->setObjectName(u"hq-banner"_s);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(u"background: #b3261e; color: white; font-size: 18px; "
                            "font-weight: bold; padding: 8px;"_s);
    m_banner->hide();
    root->addWidget(m_banner);
    m_tabs = new QTabWidget;
    m_centres = new HqCentresTable;
    m_centreTab = new HqCentreTab;
    m_report = new HqReportTab(m_feed);
    m_tabs->addTab(m_centres, QString());
    m_tabs->addTab(m_centreTab, QString());
    m_tabs->addTab(m_report, QString());
    root->addWidget(m_tabs, 1);
    setCentralWidget(central);
    connect(m_centres, &HqCentresTable::centreChosen, this, &HqWindow::showCentre);
    connect(m_centreTab, &HqCentreTab::centreChosen, m_feed, &HqFeed::setCentre);
    connect(m_feed, &HqFeed::refreshed, this, &HqWindow::render);
    connect(m_feed, &HqFeed::linkChanged, this, &HqWindow::renderLink);
    setLanguage(lang);
    renderLink();
}

QWidget *HqWindow::buildHeader()
{
    auto *header = new QWidget;
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    auto *titles = new QVBoxLayout;
    m_title = new QLabel;
    m_title->setStyleSheet(u"font-size: 26px; font-weight: bold;"_s);
    m_sourceLabel = new QLabel;
    titles->addWidget(m_title);
    titles->addWidget(m_sourceLabel);
    row->addLayout(titles, 1);
    m_languages = new QButtonGroup(this);
    addLanguageButtons(row, m_languages, [this](const QString &lang) { setLanguage(lang); });
    row->addSpacing(16);
    auto *state = new QVBoxLayout;
    m_link = new QLabel;
    m_refreshed = new QLabel;
    m_refreshed->setObjectName(u"hq-refreshed"_s);
    state->addWidget(m_link);
    state->addWidget(m_refreshed);
    row->addLayout(state);
    return header;
}

void HqWindow::setLanguage(const QString &lang)
{
    Translations::ofCatalog(PauseReasons::catalog()).install(lang);
    m_lang = Translations::ofCatalog(u"dashboard"_s).install(lang);
    m_centreTab->setLanguage(m_lang);
    m_report->setLanguage(m_lang);
    for (QAbstractButton *button : m_languages->buttons())
        button->setChecked(button->objectName() == u"lang-"_s + m_lang);
    retranslate(); // LanguageChange comes later, posted; labels at once
}

void HqWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void HqWindow::retranslate()
{
    setWindowTitle(tr("Növbə — national view"));
    m_title->setText(tr("Növbə — all centres"));
    m_sourceLabel->setText(tr("HQ database: %1").arg(m_source));
    m_tabs->setTabText(0, tr("All centres"));
    m_tabs->setTabText(1, tr("Centre"));
    m_tabs->setTabText(2, tr("National report"));
    m_centres->retranslate();
    m_centreTab->retranslate();
    m_report->retranslate();
    render();
}

void HqWindow::render()
{
    const QLocale locale = DashboardFormat::locale(m_lang);
    m_centres->render(m_feed->snapshot().centres, locale);
    m_centreTab->render(m_feed->snapshot());
    renderLink();
}

void HqWindow::showCentre(const QString &centreId)
{
    m_tabs->setCurrentWidget(m_centreTab);
    m_centreTab->choose(centreId);
}

void HqWindow::renderLink()
{
    const QDateTime at = m_feed->lastRefreshed();
    const QString time = at.isValid() ? at.toString(u"HH:mm:ss"_s) : DashboardFormat::none();
    m_refreshed->setText(tr("Last refreshed %1").arg(time));
    const bool up = m_feed->linkUp();
    m_link->setText(up ? tr("● HQ connected") : tr("● No link to HQ"));
    m_link->setStyleSheet(up ? u"color: #1b7f3b; font-weight: bold;"_s
                             : u"color: #b3261e; font-weight: bold;"_s);
    const bool lost = !up && !m_feed->lastError().isEmpty();
    m_banner->setVisible(lost);
    if (lost) {
        const QString why = m_feed->lastError().simplified();
        m_banner->setText(at.isValid() ? tr("HQ's database cannot be read — %1\nThe figures shown "
                                            "are from %2 and are not updated.")
                                             .arg(why, time)
                                       : tr("HQ's database cannot be read — %1").arg(why));
    }
    setStale(lost);
}

void HqWindow::setStale(bool stale)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *page = m_tabs->widget(i);
        if (!stale) {
            page->setGraphicsEffect(nullptr);
            continue;
        }
        if (!page->graphicsEffect()) {
            auto *grey = new QGraphicsOpacityEffect(page);
            grey->setOpacity(0.45);
            page->setGraphicsEffect(grey);
        }
    }
}

bool HqWindow::showsStale() const
{
    return m_tabs->widget(0)->graphicsEffect() != nullptr;
}

} // namespace novbe
