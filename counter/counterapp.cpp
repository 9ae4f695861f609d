#include "counterapp.h"

#include "counterwindow.h"
#include "deskmodel.h"
#include "desksession.h"
#include "desktranslations.h"
#include "loginview.h"
#include "ratingpad.h"
#include "ratingsession.h"

#include "app/applink.h"
#include "app/appstyle.h"

#include <QApplication>
#include <QSettings>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {

void showWindow(QWidget *w, bool fullScreen)
{
    if (fullScreen)
        w->showFullScreen();
    else
        w->show();
}

} // namespace

DeskApp::DeskApp(const CounterOptions &options, QObject *parent)
    : QObject(parent)
    , m_link(std::make_unique<AppLink>(options.connection, u"novbe-counter"_s))
    , m_model(std::make_unique<DeskModel>(&m_link->clock()))
    , m_session(std::make_unique<DeskSession>(m_link.get(), m_model.get()))
    , m_window(std::make_unique<CounterWindow>(m_model.get(), m_session.get()))
    , m_options(options)
{
    if (!options.counter.isEmpty())
        m_window->loginView()->setCounter(options.counter);
}

DeskApp::~DeskApp()
{
    m_window.reset();
    m_session.reset();
}

EngineClient *DeskApp::client() const
{
    return m_link->client();
}

void DeskApp::start()
{
    m_window->resize(1366, 768);
    m_window->setCompact(m_options.compact);
    showWindow(m_window.get(), m_options.fullScreen && !m_options.compact);
    m_session->start();
}

RatingPadApp::RatingPadApp(const CounterOptions &options, QObject *parent)
    : QObject(parent)
    , m_link(std::make_unique<AppLink>(options.connection, u"novbe-counter rating pad"_s))
    , m_session(std::make_unique<RatingSession>(m_link.get(), options.counter, options.resetSec))
    , m_options(options)
{
    m_pad = std::make_unique<RatingPad>(m_session.get());
}

RatingPadApp::~RatingPadApp()
{
    m_pad.reset();
}

EngineClient *RatingPadApp::client() const
{
    return m_link->client();
}

void RatingPadApp::start()
{
    m_pad->resize(1366, 768);
    showWindow(m_pad.get(), m_options.fullScreen);
    m_session->start();
}

void setupDeskApplication(const QString &lang)
{
    QCoreApplication::setOrganizationName(u"Novbe"_s);
    QCoreApplication::setApplicationName(u"novbe-counter"_s);
    applyAppStyle(*qApp, u"counter"_s, 16);
    const QString remembered = QSettings().value(u"ui/language"_s, u"az"_s).toString();
    setUiLanguage(lang.isEmpty() ? remembered : lang);
}

int runCounterApp(int argc, char **argv)
{
    QStringList arguments; // parsed before QApplication, so --help needs no display
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const ParsedCounterOptions parsed = parseCounterOptions(
        arguments, QProcessEnvironment::systemEnvironment());
    if (!parsed.options) {
        QTextStream(parsed.exitCode ? stderr : stdout) << parsed.message << '\n';
        return parsed.exitCode;
    }
    QApplication app(argc, argv);
    setupDeskApplication(parsed.options->language);
    if (parsed.options->ratingPad) {
        RatingPadApp pad(*parsed.options);
        pad.start();
        return app.exec();
    }
    DeskApp desk(*parsed.options);
    desk.start();
    return app.exec();
}

} // namespace novbe
