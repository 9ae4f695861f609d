#pragma once

// The whole kiosk wired together (used by main and by the GUI tests): engine
// link, printer, controller, translations and the window.

#include "kioskoptions.h"

#include <QObject>

#include <memory>

namespace novbe {

class AppLink;
class EngineClient;
class KioskController;
class Translations;
class KioskWindow;
class Printer;

class KioskApp : public QObject
{
    Q_OBJECT

public:
    // Requires: printer.error is empty; a QApplication exists.
    KioskApp(const KioskOptions &options, const PrinterChoice &printer, QObject *parent = nullptr);
    ~KioskApp() override;

    // Connects, opens the printer and shows the window (full screen unless windowed).
    void start(bool fullScreen);

    AppLink *link() const { return m_link; }
    EngineClient *client() const;
    Printer *printer() const { return m_printer; }
    KioskController *controller() const { return m_controller; }
    Translations *translations() const { return m_translations; }
    KioskWindow *window() const { return m_window.get(); }

private:
    AppLink *m_link;
    Printer *m_printer;
    KioskController *m_controller;
    Translations *m_translations;
    std::unique_ptr<KioskWindow> m_window;
};

} // namespace novbe
