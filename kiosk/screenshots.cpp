#include "screenshots.h"

#include "app/applink.h"
#include "app/textfit.h"
#include "centremodel.h"
#include "checkinpage.h"
#include "client/engineclient.h"
#include "headerbar.h"
#include "kioskapp.h"
#include "kioskcontroller.h"
#include "kioskwindow.h"
#include "protocol/codec.h"
#include "searchpage.h"
#include "tile.h"
#include "tilegridpage.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

bool waitFor(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return done();
}

// A group with a closed service next to open ones, else one with several services.
QString showcaseGroup(const CentreModel &model)
{
    QString fallback;
    for (const KioskGroup &g : model.groups()) {
        const QList<KioskService> list = model.servicesOf(g.id);
        const bool someClosed = std::any_of(list.begin(), list.end(),
                                            [](const KioskService &s) { return !s.open; });
        if (list.size() > 1 && someClosed && model.groupOpen(g.id))
            return g.id;
        if (list.size() > 1 && fallback.isEmpty() && model.groupOpen(g.id))
            fallback = g.id;
    }
    return fallback;
}

QString firstOpenService(const CentreModel &model, const QString &group)
{
    for (const KioskService &s : model.servicesOf(group)) {
        if (s.open)
            return s.id;
    }
    return {};
}

class Shooter
{
public:
    Shooter(KioskApp &app, const QString &dir, QTextStream &out, const QDateTime &now)
        : m_app(app), m_window(app.window()), m_dir(dir), m_out(out), m_now(now)
    {
    }

    void shoot(const QString &screen, const QString &lang, bool landscape)
    {
        for (int i = 0; i < 3; ++i) // labels that refit their font post another layout pass
            QCoreApplication::processEvents();
        const QString name = u"kiosk-%1-%2%3.png"_s.arg(screen, lang,
                                                        landscape ? u"-landscape"_s : QString());
        const QImage image = m_window->grab().toImage();
        const QWidget *page = m_window->findChild<QStackedWidget *>()->currentWidget();
        const int need = page->hasHeightForWidth() ? page->heightForWidth(page->width())
                                                   : page->minimumSizeHint().height();
        if (image.size() != m_wanted || need > page->height()
            || page->minimumSizeHint().width() > page->width()) {
            m_out << name << ": the screen content needs " << page->minimumSizeHint().width() << "x"
                  << need << ", has " << page->width() << "x" << page->height() << "\n";
            m_failed = true;
        }
        for (const QString &cut : cutTexts(m_window)) {
            m_out << name << ": text cut: " << cut << "\n";
            m_failed = true;
        }
        if (!image.save(QDir(m_dir).filePath(name))) {
            m_out << "cannot write " << name << "\n";
            m_failed = true;
        }
    }

    void run(const QString &lang, bool landscape);
    bool failed() const { return m_failed; }

private:
    void flow(const QString &lang, bool landscape);
    void messages(const QString &lang);

    KioskApp &m_app;
    KioskWindow *m_window;
    QString m_dir;
    QTextStream &m_out;
    bool m_failed = false;
    QSize m_wanted;
    QDateTime m_now;
};

void Shooter::run(const QString &lang, bool landscape)
{
    m_wanted = landscape ? QSize(1920, 1080) : QSize(1080, 1920);
    m_window->setLandscape(landscape);
    QCoreApplication::processEvents();
    m_window->resize(m_wanted);
    m_window->goHome();
    m_window->setLanguage(lang);
    shoot(u"start"_s, lang, landscape);
    flow(lang, landscape);
    if (!landscape)
        messages(lang);
    m_window->goHome();
}

void Shooter::flow(const QString &lang, bool landscape)
{
    const CentreModel &model = *m_app.controller()->model();
    m_window->showGroups();
    shoot(u"groups"_s, lang, landscape);
    const QString group = showcaseGroup(model);
    m_window->showGroup(group);
    shoot(u"services"_s, lang, landscape);
    m_window->setPriority(true);
    shoot(u"services-priority"_s, lang, landscape);
    m_window->showService(firstOpenService(model, group));
    shoot(u"category"_s, lang, landscape);
    m_window->categoriesPage()->tile(u"standard"_s)->click();
    if (!waitFor([this] { return m_window->page() == KioskWindow::Page::Confirmation; }, 30000)) {
        m_out << "no confirmation screen (" << lang << ")\n";
        m_failed = true;
        return;
    }
    shoot(u"confirmation"_s, lang, landscape);
    m_window->showSearch();
    m_window->searchPage()->type(lang == u"ru" ? u"ПАС"_s : lang == u"en" ? u"PASS"_s : u"SÜRÜ"_s);
    shoot(u"search"_s, lang, landscape);
}

void Shooter::messages(const QString &lang)
{
    m_window->showCheckin();
    for (const char *digit : {"4", "8", "1"})
        m_window->checkinPage()->key(QString::fromLatin1(digit))->click();
    shoot(u"checkin"_s, lang, false);
    for (const char *digit : {"2", "0", "7", "ok"})
        m_window->checkinPage()->key(QString::fromLatin1(digit))->click();
    waitFor([this] { return m_window->page() == KioskWindow::Page::Message; }, 20000);
    shoot(u"not-found"_s, lang, false);
    const qint64 hourLater = m_now.addSecs(3600).toSecsSinceEpoch() / 900 * 900;
    const QString opensAt =
        QDateTime::fromSecsSinceEpoch(hourLater, Qt::UTC).toString(Qt::ISODateWithMs);
    m_window->showRefusal(
        makeWireError(wirecode::TOO_EARLY, u"too early"_s, {{u"opensAt"_s, opensAt}}), true, false);
    shoot(u"too-early"_s, lang, false);
    m_window->showRefusal(makeWireError(wirecode::TOO_LATE, u"too late"_s), true, false);
    shoot(u"too-late"_s, lang, false);
    m_window->showPrintFailed(u"B014"_s, u"passport"_s);
    shoot(u"print-failed"_s, lang, false);
    m_window->previewOutage(Outage::PaperOut);
    shoot(u"out-of-service-printer"_s, lang, false);
    m_window->previewOutage(Outage::EngineUnreachable);
    shoot(u"out-of-service-engine"_s, lang, false);
}

// Some waiting tickets so the tiles show a live load (a throw-away demo database).
void seedDemoLoad(EngineClient *client)
{
    const std::pair<const char *, int> load[] = {{"idCard", 7},    {"passport", 4},
                                                 {"residence", 2}, {"drivingLicence", 5},
                                                 {"notary", 3},    {"tax", 2}};
    int pending = 0;
    for (const auto &[service, count] : load) {
        for (int i = 0; i < count; ++i) {
            ++pending;
            client->call(u"ticket.issue"_s, {{u"service"_s, QString::fromLatin1(service)}},
                         [&pending](const RpcReply &) { --pending; });
        }
    }
    waitFor([&pending] { return pending == 0; }, 20000);
}

} // namespace

int writeScreenshots(KioskApp &app, const QString &dir, QTextStream &out)
{
    QDir().mkpath(dir);
    KioskController *controller = app.controller();
    if (!waitFor([controller] { return controller->outage() == Outage::None; }, 20000)) {
        out << "novbe-kiosk: the kiosk did not come into service (engine or printer)\n";
        return 1;
    }
    seedDemoLoad(app.client());
    const QDateTime engineNow = app.link()->clock().now();
    app.window()->header()->setFixedTime(engineNow);
    Shooter shooter(app, dir, out, engineNow);
    for (const QString &lang : {u"az"_s, u"en"_s, u"ru"_s}) {
        shooter.run(lang, false);
        shooter.run(lang, true);
    }
    out << "novbe-kiosk: screenshots in " << dir << "\n";
    return shooter.failed() ? 1 : 0;
}

} // namespace novbe
