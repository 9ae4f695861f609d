// Renders every counter screen in az, en and ru at 1366×768 (the rating pad
// at 1280×800 and 800×1280, the compact strip at its own size) against a
// real engine: docs/screenshots/counter-<screen>-<lang>.png. Every screen
// also gets the no-clipping check (app/textfit.h): a cut text fails the run
// (exit 1), so ctest runs it as the counter's no-clipping test. Run it
// through scripts/screenshots-counter.sh.
#include "deskharness.h"

#include "choicepanel.h"
#include "counterwindow.h"
#include "deskmodel.h"
#include "desksession.h"
#include "desktranslations.h"
#include "deskview.h"
#include "loginview.h"
#include "ratingpad.h"
#include "ratingsession.h"
#include "transferpanel.h"

#include "app/applink.h"
#include "app/textfit.h"
#include "client/engineclient.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QTest>
#include <QTextStream>

using namespace novbe;
using namespace novbe::test;
using namespace Qt::StringLiterals;

namespace {

bool fail(const char *what)
{
    QTextStream(stderr) << "counter screenshots: " << what << '\n';
    return false;
}

class Shooter
{
public:
    explicit Shooter(const QString &dir) : m_dir(dir) {}

    // Saves `w` as counter-<screen>-<lang>.png in every language.
    void shoot(QWidget *w, const QString &screen)
    {
        for (const QString &lang : deskLanguages()) {
            setUiLanguage(lang);
            QTest::qWait(50); // LanguageChange is posted; let every widget re-label
            QApplication::processEvents();
            const QString path = m_dir.filePath(u"counter-%1-%2.png"_s.arg(screen, lang));
            if (!w->grab().save(path))
                QTextStream(stderr) << "cannot write " << path << '\n';
            else
                QTextStream(stdout) << path << '\n';
            for (const QString &cut : cutTexts(w)) {
                QTextStream(stderr) << path << ": text cut: " << cut << '\n';
                m_cut = true;
            }
        }
        setUiLanguage(u"en"_s);
    }
    bool anyCut() const { return m_cut; }

private:
    QDir m_dir;
    bool m_cut = false;
};

bool fillHall(EngineHall &hall)
{
    for (int i = 0; i < 3; ++i)
        hall.issue(u"idCard"_s);
    hall.advanceClock(11 * 60);
    for (int i = 0; i < 4; ++i)
        hall.issue(u"passport"_s, i == 1 ? u"elderly"_s : u"standard"_s);
    hall.advanceClock(9 * 60);
    return !hall.issue(u"passport"_s, u"disability"_s, u"en"_s).isEmpty();
}

bool waitDesk(Desk &desk, const QString &state)
{
    return waitUntil([&] { return desk.currentState() == state && desk.settle(); });
}

bool run(const QString &dir)
{
    EngineHall hall;
    if (!hall.start() || !fillHall(hall))
        return fail("the engine did not start");
    Shooter shot(dir);
    CounterOptions padOptions = deskOptions(hall.port(), u"desk-11"_s, u"c01"_s);
    padOptions.resetSec = 600;
    RatingPadApp pad(padOptions);
    pad.start();
    Desk desk(hall.port(), u"desk-01"_s, u"c01"_s);
    CounterWindow *window = desk.app().window();
    DeskView *view = window->deskView();
    if (!waitUntil([&] { return window->loginView()->counterBox()->count() > 0; }))
        return fail("no centre");
    window->loginView()->operatorField()->setText(u"op01"_s);
    window->loginView()->pinField()->setFocus();
    shot.shoot(window, u"login"_s);
    if (!desk.login(u"op01"_s, demoPin(u"op01"_s)))
        return fail("login");
    QTest::qWait(300);
    shot.shoot(window, u"idle"_s);
    desk.press(Qt::Key_F1);
    if (!waitDesk(desk, u"called"_s))
        return fail("call");
    desk.press(Qt::Key_F2);
    desk.settle();
    shot.shoot(window, u"calling"_s);
    desk.press(Qt::Key_F3);
    if (!waitDesk(desk, u"serving"_s))
        return fail("start");
    shot.shoot(window, u"serving"_s);
    window->setCompact(true);
    QTest::qWait(100);
    shot.shoot(window, u"compact"_s);
    window->setCompact(false);
    window->resize(1366, 768);
    QTest::qWait(100);
    desk.press(Qt::Key_F6);
    view->transferPanel()->choose(u"idCard"_s, Placement::Original, u"Köhnə pasportu gətirəcək"_s);
    shot.shoot(window, u"transfer"_s);
    QTest::keyClick(view->transferPanel(), Qt::Key_Escape);
    desk.press(Qt::Key_F4);
    shot.shoot(window, u"finish"_s);
    view->choicePanel()->choose(u"documentIssued"_s);
    if (!waitUntil([&] { return pad.session()->phase() == RatingSession::Phase::Asking; }))
        return fail("rating pad");
    pad.pad()->resize(1280, 800);
    shot.shoot(pad.pad(), u"rating"_s);
    pad.pad()->resize(800, 1280);
    shot.shoot(pad.pad(), u"rating-portrait"_s);
    pad.session()->rate(4);
    waitUntil([&] { return pad.session()->phase() == RatingSession::Phase::Thanked; });
    shot.shoot(pad.pad(), u"rating-thanks-portrait"_s);
    pad.pad()->resize(1280, 800);
    shot.shoot(pad.pad(), u"rating-thanks"_s);
    desk.settle();
    desk.press(Qt::Key_F8);
    view->choicePanel()->choose(u"lunch"_s);
    if (!waitUntil([&] { return desk.app().model()->counterState() == CounterState::Paused; }))
        return fail("pause");
    shot.shoot(window, u"paused"_s);
    desk.press(Qt::Key_F8);
    waitUntil([&] { return desk.app().model()->counterState() == CounterState::Idle; });
    desk.press(Qt::Key_F1);
    if (!waitDesk(desk, u"called"_s))
        return fail("second call");
    hall.engine().kill();
    if (!waitUntil([&] { return desk.app().session()->link() == LinkState::Disconnected; }, 20000))
        return fail("disconnect");
    shot.shoot(window, u"disconnected"_s);
    desk.press(Qt::Key_F3);
    shot.shoot(window, u"refused"_s);
    // What a refused TLS certificate says (docs/security.md): as the link reports it.
    emit desk.app().link()->connectionFailed(
        u"TLS: the engine's certificate is not signed by the pinned CA"_s);
    desk.settle();
    shot.shoot(window, u"tls-refused"_s);
    return !shot.anyCut();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString dir = args.size() > 1 ? args.at(1) : u"docs/screenshots"_s;
    QDir().mkpath(dir);
    setupDeskTestApplication(u"en"_s);
    return run(dir) ? 0 : 1;
}
