#include "kioskapp.h"

#include "app/applink.h"
#include "app/translations.h"
#include "kioskcontroller.h"
#include "kioskwindow.h"
#include "printer.h"
#include "ticketissuer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace novbe {

namespace {
const char *const FOOTER = QT_TRANSLATE_NOOP("novbe::KioskApp",
                                             "Please watch the screens for your number.");
}

KioskApp::KioskApp(const KioskOptions &options, const PrinterChoice &printer, QObject *parent)
    : QObject(parent), m_link(new AppLink(options.connection, u"novbe-kiosk"_s, this))
{
    QString error;
    m_printer = new Printer(createTransport(printer.url, printer.profile, &error), printer.profile,
                            this);
    m_controller = new KioskController(m_link, m_printer, this);
    m_translations = new Translations({QStringLiteral("kiosk")}, this);
    LocalizedText footer;
    for (const QString &lang : Translations::languages())
        footer.insert(lang, m_translations->text(lang, "novbe::KioskApp", FOOTER));
    m_controller->issuer()->setFooter(footer);
    m_window = std::make_unique<KioskWindow>(m_controller, m_translations);
}

KioskApp::~KioskApp()
{
    // Users before what they use: window, controller (reporter, issuer), printer, link.
    m_window.reset();
    delete m_controller;
    delete m_printer;
    delete m_link;
}

EngineClient *KioskApp::client() const
{
    return m_link->client();
}

void KioskApp::start(bool fullScreen)
{
    m_controller->start();
    if (fullScreen)
        m_window->showFullScreen();
    else
        m_window->show();
}

} // namespace novbe
