#pragma once

// The side panel: for each service of the counter the waiting count and the
// longest wait (amber past half the target, red past it), then the waiting
// and parked tickets as tables (number, wait, service, short category code
// in the priority colour), from which one can be called out of turn (F9 /
// Enter). Disconnected, the lists are greyed as stale.

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace novbe {

class DeskModel;
struct Ticket;

class QueuePanel : public QFrame
{
    Q_OBJECT

public:
    explicit QueuePanel(DeskModel *model, QWidget *parent = nullptr);

    // Enables "Call this ticket" (the policy allows CallSpecific).
    void setCallAllowed(bool allowed);
    // Calls the selected ticket, or selects the first one and says how to choose.
    void activateCall();
    // Selects the ticket with `number` in the waiting or parked list; false if absent.
    bool selectTicket(const QString &number);

    QTableWidget *servicesTable() const { return m_table; }
    QTableWidget *waitingList() const { return m_waiting; }
    QTableWidget *parkedList() const { return m_parked; }
    // Greys the lists (the last known state, not live).
    void setStale(bool stale);
    QPushButton *callButton() const { return m_call; }

signals:
    void callRequested(const QString &ticketId, const QString &number);
    void hintRequested(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupUi();
    void refresh();
    void fillTable();
    void fitTableHeight();
    void fillList(QTableWidget *list, const std::vector<Ticket> &tickets, bool parked);
    QTableWidgetItem *selectedItem() const;
    void relabel();

    DeskModel *m_model;
    QTimer m_tick;
    QLabel *m_servicesTitle;
    QTableWidget *m_table;
    QLabel *m_waitingTitle;
    QTableWidget *m_waiting;
    QLabel *m_parkedTitle;
    QTableWidget *m_parked;
    QPushButton *m_call;
    bool m_callAllowed = false;
};

} // namespace novbe
