#pragma once

// The manager's actions (docs/dashboard.md, "Manager actions"): close or
// reopen a service for new tickets, set today's cut-off, cancel a waiting
// ticket, and the ticker message of the hall displays. Every action asks for
// confirmation first; the engine's answer (or its refusal, in words) shows
// under the buttons. The state comes from centre.get, queue.snapshot and the
// service.changed / display.message events.

#include "controlstable.h"
#include "manageractions.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace novbe {

class AppLink;
class DashboardModel;

class ActionsPanel : public QWidget
{
    Q_OBJECT

public:
    // Asks the manager `question`; true = go ahead. The default is a
    // QMessageBox; tests put their own.
    using Confirm = std::function<bool(QWidget *parent, const QString &question)>;

    // `link` and `model` must outlive the panel.
    ActionsPanel(AppLink *link, const DashboardModel *model, QWidget *parent = nullptr);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void retranslate();
    void render();

    // For tests and screenshots.
    ControlsTable *table() const { return m_table; }
    QPushButton *toggleButton() const { return m_toggle; }
    QTimeEdit *cutoffEdit() const { return m_cutoffEdit; }
    QPushButton *setCutoffButton() const { return m_setCutoff; }
    QPushButton *clearCutoffButton() const { return m_clearCutoff; }
    QPushButton *cancelTicketButton() const { return m_cancel; }
    QLineEdit *messageEdit() const { return m_text; }
    QSpinBox *expiryMinutes() const { return m_expiry; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *clearMessageButton() const { return m_clear; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *currentMessageLabel() const { return m_current; }
    std::vector<ControlRow> rows() const;

signals:
    // An answer came (the status label shows it).
    void answered(bool ok);

private:
    QWidget *buildServiceBox();
    QWidget *buildTickerBox();
    void applyCentre(const CentreView &centre);
    void applyEvent(const EventView &event);
    bool confirm(const QString &question);
    void toggleOpen();
    void setCutoff(bool clear);
    void pickTicket();
    void sendMessage(bool clear);
    void showResult(bool ok, const QString &text);
    void updateButtons();

    AppLink *m_link;
    const DashboardModel *m_model;
    ManagerActions m_actions;
    Confirm m_confirm;
    QHash<QString, ServiceView> m_services; // centre.get's, with the controls applied
    QStringList m_order;
    std::optional<DisplayMessage> m_message;
    QGroupBox *m_serviceBox = nullptr;
    QGroupBox *m_tickerBox = nullptr;
    ControlsTable *m_table = nullptr;
    QPushButton *m_toggle = nullptr;
    QLabel *m_cutoffLabel = nullptr;
    QTimeEdit *m_cutoffEdit = nullptr;
    QPushButton *m_setCutoff = nullptr;
    QPushButton *m_clearCutoff = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_textLabel = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_expiryLabel = nullptr;
    QSpinBox *m_expiry = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace novbe
