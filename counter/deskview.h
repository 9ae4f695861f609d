#pragma once

// The desk's main screen: the banner, the ticket card (or an inline panel:
// transfer, finish outcome, pause reason), the action row, the side panel and
// the Close counter / Log out buttons. Every key and click goes through
// DeskSession, which refuses with a banner line what is not allowed now.

#include "actionpolicy.h"

#include <QFrame>

class QPushButton;
class QStackedWidget;

class QLabel;

namespace novbe {

class ActionBar;
class Banner;
class ChoicePanel;
class DeskModel;
class DeskSession;
class QueuePanel;
class TicketCard;
class TransferPanel;
struct Notice;

class DeskView : public QFrame
{
    Q_OBJECT

public:
    DeskView(DeskModel *model, DeskSession *session, QWidget *parent = nullptr);
    ~DeskView() override;

    // The operator chose `action` (button, key): runs it or opens its panel.
    void request(DeskAction action);

    Banner *banner() const { return m_banner; }
    TicketCard *card() const { return m_card; }
    ActionBar *actionBar() const { return m_actions; }
    QueuePanel *queuePanel() const { return m_queue; }
    TransferPanel *transferPanel() const { return m_transfer; }
    ChoicePanel *choicePanel() const { return m_choice; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *logoutButton() const { return m_logout; }
    // True while the transfer or choice panel replaces the card.
    bool panelOpen() const;
    // The strip: no queue panel and no card, a one-line summary beside the
    // keys; the transfer and choice panels still open above it.
    void setCompact(bool compact);
    QString compactText() const;

signals:
    // Compact: a panel opened or closed (the window fits its height).
    void compactLayoutChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupUi();
    void setupConnections();
    void refreshActions();
    DeskAction panelAction() const;
    void showCard();
    void beginFinish();
    void beginPause();
    void handleChoice(const QString &purpose, const QString &code);
    bool handleKey(QObject *receiver, int key, Qt::KeyboardModifiers modifiers);
    void relabel();
    void showPanel(QWidget *panel);
    void refreshCompact();

    DeskModel *m_model;
    DeskSession *m_session;
    Banner *m_banner;
    QStackedWidget *m_stack;
    TicketCard *m_card;
    TransferPanel *m_transfer;
    ChoicePanel *m_choice;
    ActionBar *m_actions;
    QueuePanel *m_queue;
    QPushButton *m_close;
    QPushButton *m_logout;
    QLabel *m_compactInfo;
    bool m_compact = false;
};

} // namespace novbe
