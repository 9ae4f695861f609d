#pragma once

// The current ticket as a card: number, service, category badge with the
// "check the document" reminder, timer since call / start; or what the
// counter is doing when it holds no ticket (free, paused, closed).

#include <QFrame>
#include <QTimer>

class QLabel;

namespace novbe {

class DeskModel;
struct Ticket;

class TicketCard : public QFrame
{
    Q_OBJECT

public:
    explicit TicketCard(DeskModel *model, QWidget *parent = nullptr);

    // Re-reads the model (also every second for the timer).
    void refresh();

    QString numberText() const; // "A042", or empty without a ticket
    QString stateText() const;
    QString badgeText() const; // category badge, empty for standard tickets
    QString proofText() const; // the "check the document" reminder, or empty

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupUi();
    void showTicket(const Ticket &ticket);
    void showNoTicket();
    QString timerText(const Ticket &ticket) const;
    QString detailText(const Ticket &ticket) const;
    void setMode(const char *mode);

    DeskModel *m_model;
    QTimer m_tick;
    QLabel *m_state;
    QLabel *m_number;
    QLabel *m_service;
    QLabel *m_badge;
    QLabel *m_proof;
    QLabel *m_timer;
    QLabel *m_detail;
    QLabel *m_note;
};

} // namespace novbe
